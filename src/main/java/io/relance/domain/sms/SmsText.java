package io.relance.domain.sms;

/**
 * How a text travels as SMS: GSM-7 when every character is in the GSM 03.38 default alphabet or
 * its extension table (an extension character costs two septets), UCS-2 otherwise; one message
 * holds 160 septets (70 UCS-2 characters), a concatenated one 153 (67) per segment, the rest being
 * the user data header. "é" is GSM-7, "ê" is not.
 */
public record SmsText(Encoding encoding, int units, int segments, int perSegment, String firstNonGsm) implements java.io.Serializable {

    /** The alphabet a message is sent in. */
    public enum Encoding { GSM7, UCS2 }

    /** The GSM 03.38 default alphabet in code order; \uFFFF holds the place of the escape (0x1B). */
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\uFFFFÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** The extension table, each sent as escape + the code below. */
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";
    private static final byte[] GSM_EXTENSION_CODES = {0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65, 0x0A};

    public static SmsText of(String text) {
        String t = text == null ? "" : text;
        int septets = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                septets++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                int cp = t.codePointAt(i);
                return ucs2(t, new String(Character.toChars(cp)));
            }
        }
        return septets <= 160 ? new SmsText(Encoding.GSM7, septets, septets == 0 ? 0 : 1, 160, null)
                : new SmsText(Encoding.GSM7, septets, gsmSegments(t), 153, null);
    }

    private static SmsText ucs2(String t, String culprit) {
        int units = t.length(); // UTF-16 code units: a character outside the BMP takes two
        if (units <= 70) {
            return new SmsText(Encoding.UCS2, units, 1, 70, culprit);
        }
        // a surrogate pair is never split across two segments
        int segments = 0;
        int i = 0;
        while (i < units) {
            int end = Math.min(i + 67, units);
            if (end < units && Character.isHighSurrogate(t.charAt(end - 1))) {
                end--;
            }
            segments++;
            i = end;
        }
        return new SmsText(Encoding.UCS2, units, segments, 67, culprit);
    }

    /** An escape and its character are never split across two segments either. */
    private static int gsmSegments(String t) {
        int segments = 1;
        int used = 0;
        for (int i = 0; i < t.length(); i++) {
            int cost = GSM_EXTENSION.indexOf(t.charAt(i)) >= 0 ? 2 : 1;
            if (used + cost > 153) {
                segments++;
                used = 0;
            }
            used += cost;
        }
        return segments;
    }

    /** The text as GSM 03.38 septets, one per byte (unpacked, as SMPP carries them), or UTF-16BE for UCS-2. */
    public static byte[] bytes(String text, Encoding encoding) {
        if (encoding == Encoding.UCS2) {
            return text.getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int basic = GSM_BASIC.indexOf(c);
            if (basic >= 0) {
                out.write(basic);
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                out.write(0x1B);
                out.write(GSM_EXTENSION_CODES[GSM_EXTENSION.indexOf(c)]);
            } else {
                throw new IllegalArgumentException("Not GSM 03.38: " + c + " (send it as UCS-2)");
            }
        }
        return out.toByteArray();
    }

    /** Reads GSM 03.38 septets (one per byte) back into text: what an operator does on receipt. */
    public static String fromGsm(byte[] septets) {
        StringBuilder sb = new StringBuilder(septets.length);
        for (int i = 0; i < septets.length; i++) {
            if (septets[i] == 0x1B && i + 1 < septets.length) {
                byte code = septets[++i];
                for (int k = 0; k < GSM_EXTENSION_CODES.length; k++) {
                    if (GSM_EXTENSION_CODES[k] == code) {
                        sb.append(GSM_EXTENSION.charAt(k));
                    }
                }
            } else {
                sb.append(GSM_BASIC.charAt(septets[i] & 0x7F));
            }
        }
        return sb.toString();
    }

    /** Room left in the last segment. */
    public int remaining() {
        return segments == 0 ? perSegment : segments * perSegment - units;
    }
}
