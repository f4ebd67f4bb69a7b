package io.relance.application.bilan.export;

import io.relance.application.common.Texts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The words and dates of a bilan file in the reader's language, from the same bundle as the pages. */
final class Labels {

    private final Texts texts;

    Labels(Locale locale) {
        this.texts = new Texts(locale);
    }

    String text(String key, Object... args) {
        return texts.text(key, args);
    }

    /** A message key made of a prefix and an enum or key value; an empty value reads as a dash. */
    String of(String prefix, Object value) {
        if (value == null || value.toString().isEmpty()) {
            return "—";
        }
        return prefix == null ? value.toString() : text(prefix + value);
    }

    /** "24 nov. 2026" / "Nov 24, 2026", as the pages show a day. */
    String day(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale()).format(day);
    }

    String at(Instant instant, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(texts.locale()).withZone(zone).format(instant);
    }

    /** "33 %" in French, "33%" in English. */
    String percent(long rate) {
        return english() ? rate + "%" : rate + "\u00a0%";
    }

    /** "Client : Nova" in French, "Client: Nova" in English. */
    String field(String key, Object value) {
        return text(key) + (english() ? ": " : "\u00a0: ") + value;
    }

    private boolean english() {
        return "en".equals(texts.locale().getLanguage());
    }

    Locale locale() {
        return texts.locale();
    }
}
