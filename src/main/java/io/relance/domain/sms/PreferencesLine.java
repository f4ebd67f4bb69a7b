package io.relance.domain.sms;

/**
 * The anchor SMS points to the journalists' own preferences page after its STOP line, but only when
 * that costs nothing: an SMS that would need one more segment (or switch to UCS-2) for it goes
 * without. A text with no STOP line gets none either: the link completes the way out, never replaces it.
 */
public final class PreferencesLine {

    private PreferencesLine() {
    }

    public static String append(String body, String preferencesUrl) {
        if (preferencesUrl == null || body == null || !body.contains("STOP")) {
            return body;
        }
        String longer = body + " Préférences : " + preferencesUrl;
        SmsText before = SmsText.of(body);
        SmsText after = SmsText.of(longer);
        return after.segments() == before.segments() && after.encoding() == before.encoding() ? longer : body;
    }
}
