package io.relance.application.imports;

import io.relance.domain.imports.ImportReport;
import io.relance.domain.imports.ImportTarget;

import java.io.Serializable;
import java.time.Instant;

/** One past import in the history table, read without its (possibly large) line-by-line report. */
public record ImportSummary(Long id, ImportTarget target, String fileName, String createdBy, Instant createdAt,
                            ImportReport.Status status, int totalRows, int created, int updated, int skipped,
                            int rejected) implements Serializable {
}
