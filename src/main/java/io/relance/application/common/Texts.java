package io.relance.application.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI's resource bundle for code that has no Faces context (files, reports): English for an
 * English reader, French for everyone else, as the pages do. A missing key shows as itself rather
 * than breaking a download.
 */
public final class Texts {

    private final Locale locale;
    private final ResourceBundle bundle;

    public Texts(Locale locale) {
        this.locale = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        this.bundle = ResourceBundle.getBundle("io.relance.i18n.messages", this.locale, Texts.class.getClassLoader());
    }

    public String text(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** French or English: the language the texts are in. */
    public Locale locale() {
        return locale;
    }
}
