package io.relance.application.imports;

import jakarta.ejb.ApplicationException;

/** The uploaded file cannot be read; the message key says why, the detail where (a line number). */
@ApplicationException(rollback = true)
public class ImportFileException extends RuntimeException {

    private final String key;
    private final String detail;

    public ImportFileException(String key, String detail) {
        super(key);
        this.key = key;
        this.detail = detail;
    }

    public String key() {
        return key;
    }

    public String detail() {
        return detail;
    }
}
