package io.relance.interfaces.web.contacts;

import io.relance.domain.imports.ImportField;
import io.relance.domain.imports.ValueChoices;
import io.relance.domain.imports.ValueReview;
import io.relance.domain.imports.Vocabulary;
import io.relance.interfaces.web.session.Messages;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * One distinct value of a choice column on the preview: how many lines carry it, how Relance read
 * it, and what it will become — the code, "leave empty", "reject the line", or "" (to choose).
 */
public class ValueRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ImportField field;
    private final String text;
    private final int lines;
    private final String how;
    private String selected;

    ValueRow(ImportField field, ValueReview.Value value) {
        this.field = field;
        this.text = value.text();
        this.lines = value.lines();
        this.how = value.decision() != null ? "CHOSEN" : value.match().how().name();
        this.selected = value.decision() != null ? value.decision() : value.match().found() ? value.match().code() : "";
    }

    /** A code's words in the viewer's language: "Web", "Oui", "allemand", "jeudi", "15". */
    static String label(ImportField field, String code, Locale locale) {
        if (ValueChoices.EMPTY.equals(code) || ValueChoices.REJECT.equals(code)) {
            return Messages.text("import.values." + code);
        }
        var choice = Vocabulary.enumName(field);
        if (choice.isPresent()) {
            return Messages.text("enum." + choice.get() + "." + code);
        }
        if (field == ImportField.LANGUAGE) {
            return Locale.forLanguageTag(code).getDisplayLanguage(locale);
        }
        return code.chars().allMatch(Character::isDigit) ? code : DayOfWeek.valueOf(code).getDisplayName(TextStyle.FULL, locale);
    }

    public ImportField getField() { return field; }
    public String getText() { return text; }
    public int getLines() { return lines; }
    public String getHow() { return how; }
    public boolean isToChoose() { return selected == null || selected.isEmpty(); }
    public String getSelected() { return selected; }
    public void setSelected(String selected) { this.selected = selected; }
}
