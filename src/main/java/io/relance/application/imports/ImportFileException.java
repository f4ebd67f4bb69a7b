package io.relance.application.imports;

import io.relance.application.common.Refused;
import io.relance.domain.contact.Problem;

/**
 * The uploaded file cannot be read; the message key says why, the detail where (a line number).
 * A {@link Refused} of the field "file" for the screens; its own type because the API answers it
 * differently (413 when too large, the message key, the detail and the sentence in the caller's language).
 */
public class ImportFileException extends Refused {

    public ImportFileException(String key, String detail) {
        super(java.util.List.of(new Problem("file", key, detail == null ? "" : detail)));
    }

    public String key() {
        return problems().get(0).key();
    }

    /** Where in the file (a line number), or null when the whole file is refused. */
    public String detail() {
        String detail = problems().get(0).value();
        return detail.isEmpty() ? null : detail;
    }
}
