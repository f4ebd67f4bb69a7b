package io.relance.application.mail;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file that leaves with an outbox email (a quote's PDF, a meeting's .ics). The content type is
 * kept as given, parameters included ({@code text/calendar; method=REQUEST; charset=UTF-8}), since
 * a calendar reads the method from it.
 */
public record Attachment(String filename, String contentType, byte[] content) {

    public Attachment {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }

    /** Two attachments are the same file: same name, type and bytes (a record compares arrays by identity). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Attachment a && filename.equals(a.filename) && contentType.equals(a.contentType)
                && Arrays.equals(content, a.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(filename, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "Attachment[" + filename + ", " + contentType + ", " + content.length + " bytes]";
    }
}
