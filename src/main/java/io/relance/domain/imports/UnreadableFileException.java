package io.relance.domain.imports;

/** The file cannot be read as a table at all (not CSV nor XLSX, broken quoting, no header). */
public class UnreadableFileException extends Exception {

    private final String key;
    private final String detail;

    public UnreadableFileException(String key, String detail) {
        super(key + (detail == null ? "" : ": " + detail));
        this.key = key;
        this.detail = detail;
    }

    /** The message key of the resource bundle. */
    public String key() {
        return key;
    }

    public String detail() {
        return detail;
    }
}
