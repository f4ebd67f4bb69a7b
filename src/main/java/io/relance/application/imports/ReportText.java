package io.relance.application.imports;

import io.relance.application.common.CsvOut;
import io.relance.application.common.Texts;
import io.relance.domain.contact.Problem;
import io.relance.domain.imports.ImportReport;
import io.relance.domain.imports.PlannedRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/**
 * The report of an import, one line per line of the file, in the importer's language: what became
 * of the line and, for a rejected one, every reason with the value that caused it. Semicolons and a
 * BOM, so that Excel opens it as it is.
 */
public final class ReportText {

    private final Texts texts;

    public ReportText(Locale locale) {
        this.texts = new Texts(locale);
    }

    public String text(String key, Object... args) {
        return texts.text(key, args);
    }

    /** "Mobile : numéro invalide (06 12)". */
    public String problem(Problem p) {
        String value = p.value() == null || p.value().isEmpty() ? "" : " (" + p.value() + ")";
        return text("field." + p.field()) + " : " + text(p.key()) + value;
    }

    public String outcome(PlannedRow row, ImportReport.Status status) {
        if (row.action() == PlannedRow.Action.REJECT) {
            return text("import.outcome.REJECT");
        }
        if (status != ImportReport.Status.DONE) {
            return text("import.outcome.notImported");
        }
        return text("import.outcome." + row.action());
    }

    public String detail(PlannedRow row) {
        if (row.action() == PlannedRow.Action.REJECT) {
            return row.problems().stream().map(this::problem).collect(Collectors.joining(" ; "));
        }
        String duplicate = "";
        if (row.duplicateOfLine() != null) {
            duplicate = text("import.duplicate.line", text("import.matched." + row.matchedOn()), row.duplicateOfLine());
        } else if (row.existingId() != null) {
            duplicate = text("import.duplicate.known", text("import.matched." + row.matchedOn()), row.existingId());
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(duplicate), row.warnings().stream().map(this::problem))
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(" ; "));
    }

    /**
     * The gzipped CSV stored with the report, written as the plan is read through: only the
     * compressed bytes are held (~10 bytes a line).
     */
    public byte[] csv(SpooledPlan plan, ImportReport.Status status) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            // the raw values of rejected lines are replayed here: written neutralised like every export
            CsvOut csv = CsvOut.on(gzip);
            csv.row(text("import.report.line"), text("import.report.outcome"), text("import.report.who"),
                    text("import.report.detail"));
            plan.forEach(row -> csv.row(row.line(), outcome(row, status), row.label(), detail(row)));
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
