package io.relance.application.imports;

import io.relance.application.staff.CurrentStaff;
import io.relance.application.common.GiveWay;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.contacts.AddressBook;
import io.relance.domain.contact.Problem;
import io.relance.domain.imports.ColumnMapping;
import io.relance.domain.imports.DuplicatePolicy;
import io.relance.domain.imports.ImportAnalyzer;
import io.relance.domain.imports.ImportField;
import io.relance.domain.imports.ImportMapping;
import io.relance.domain.imports.ImportMode;
import io.relance.domain.imports.ImportReport;
import io.relance.domain.imports.ImportTarget;
import io.relance.domain.imports.TableFile;
import io.relance.domain.imports.UnreadableFileException;
import io.relance.domain.imports.ValueChoices;
import io.relance.domain.imports.ValueReview;
import io.relance.domain.staff.Role;
import io.relance.application.tenant.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports, step by step as the page goes: read the file, map its columns (a saved mapping that fits
 * is applied at once), plan every line, then run the plan in the background. Chefs de projet and
 * directeurs only.
 */
@Stateless
@RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class ImportService {

    @Inject
    CurrentStaff current;

    @Inject
    ImportRepository imports;

    @Inject
    ImportWriter writer;

    @Inject
    ImportRunner runner;

    @Inject
    ImportProgress progress;

    @Inject
    AddressBook book;

    /** Reading and planning a big file rest while people are on the pages (the upload waits, callers do not). */
    @Inject
    GiveWay giveWay;

    /**
     * Refuses (403) whoever may not import, before a byte of their file is received: the check of
     * every method here comes too late for an upload, which is written to disk first.
     */
    public void mayImport() {
        // the class's @RolesAllowed is the check
    }

    /** A small file given whole (in-server callers): on disk like an upload, then read as one. */
    public Upload read(String fileName, byte[] bytes, ImportTarget target) {
        return read(fileName, ImportFiles.of(bytes), target);
    }

    /**
     * Reads a received file ({@link ImportFiles#receive}) once through: its header, its number of
     * lines and a few samples per column; every line is checked against the limits now, so that a
     * malformed file is refused at the upload. A refused file is deleted at once.
     */
    public Upload read(String fileName, Path file, ImportTarget target) {
        if (!ImportFiles.isOurs(file)) {
            throw new IllegalArgumentException("Not a received import file: " + file);
        }
        try {
            TableFile table = TableFile.open(fileName, file, target);
            Samples samples = new Samples(table.headers().size());
            GiveWay.Pace pace = giveWay.pace();
            table.forEachRow(row -> {
                pace.step();
                return samples.row(row);
            });
            if (samples.rows == 0) {
                throw new ImportFileException("import.file.noRows", null);
            }
            ImportMapping saved = bestSaved(table.headers(), target);
            ColumnMapping mapping = saved == null ? ColumnMapping.guess(table.headers(), target)
                    : saved.applyTo(table.headers(), target);
            return new Upload(fileName, target, table, samples.rows, samples.joined(), mapping,
                    saved == null ? null : saved.getName());
        } catch (UnreadableFileException e) {
            ImportFiles.delete(file);
            throw new ImportFileException(e.key(), e.detail());
        } catch (RuntimeException e) {
            ImportFiles.delete(file);
            throw e;
        }
    }

    /**
     * Plans every line, reading the file again line by line and spooling the plan to disk; the
     * previous plan of the same upload, if any, is the caller's to discard.
     */
    public SpooledPlan plan(Upload upload, ColumnMapping mapping, DuplicatePolicy policy) {
        return plan(upload, mapping, policy, row -> { });
    }

    /** The plan and the distinct values of the file's choice columns, in one reading of the file (the page's preview). */
    public record Preview(SpooledPlan plan, List<ValueReview> values) {
    }

    public Preview preview(Upload upload, ColumnMapping mapping, DuplicatePolicy policy) {
        ValueReview.Collector values = new ValueReview.Collector(upload.table().headers(), mapping);
        SpooledPlan plan = plan(upload, mapping, policy, values::accept);
        return new Preview(plan, values.result());
    }

    private SpooledPlan plan(Upload upload, ColumnMapping mapping, DuplicatePolicy policy,
                             java.util.function.Consumer<io.relance.domain.imports.SourceRow> alsoSee) {
        List<String> missing = mapping.missing(upload.target());
        if (!missing.isEmpty()) {
            throw new Refused(List.of(new Problem("mapping", missing.get(0), "")));
        }
        PlanSpool spool = new PlanSpool();
        GiveWay.Pace pace = giveWay.pace();
        try {
            ImportAnalyzer.analyze(upload.table(), mapping, upload.target(), book.region(), imports.existing(), policy, spool,
                    alsoSee.andThen(row -> pace.step()));
            return spool.finish();
        } catch (UnreadableFileException e) {
            spool.abandon();
            throw new ImportFileException(e.key(), e.detail());
        } catch (RuntimeException e) {
            spool.abandon();
            throw e;
        }
    }

    /** The distinct values of the file's choice columns with what each becomes, reading the file once more (the API's). */
    public List<ValueReview> values(Upload upload, ColumnMapping mapping) {
        ValueReview.Collector values = new ValueReview.Collector(upload.table().headers(), mapping);
        try {
            upload.table().forEachRow(row -> {
                values.accept(row);
                return true;
            });
        } catch (UnreadableFileException e) {
            throw new ImportFileException(e.key(), e.detail());
        }
        return values.result();
    }

    /**
     * Starts the import in the background; answers the report's id, for the progress bar. The
     * uploaded file and the plan are deleted when it ends.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(Upload upload, SpooledPlan plan, ImportMode mode, DuplicatePolicy policy, Locale locale) {
        ImportReport report = new ImportReport(upload.target(), upload.fileName(), current.email(), mode, policy,
                plan.size(), Instant.now());
        long id = writer.open(report);
        progress.start(id, plan.size());
        runner.run(TenantContext.require(), id, upload.target(), plan, upload.table().path().toString(), mode, locale);
        return id;
    }

    /** Percent done while running, -1 once finished (or unknown here); a foreign id is 404. */
    public int progress(long reportId) {
        report(reportId);
        return progress.percent(reportId);
    }

    public ImportReport report(long id) {
        return imports.report(id).orElseThrow(() -> new NotFoundException("Import " + id));
    }

    /**
     * The report's CSV, decompressed as it is read: a million-line report is ~45 MB of text, never
     * held whole. A foreign or unknown id is 404.
     */
    public InputStream reportCsv(long id) {
        byte[] gz = report(id).getReportCsv();
        if (gz == null) {
            throw new NotFoundException("Import report " + id);
        }
        try {
            return new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz), 1 << 16);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public List<ImportSummary> reports(int first, int size) {
        return imports.reports(first, size);
    }

    public long countReports() {
        return imports.countReports();
    }

    public List<ImportMapping> mappings(ImportTarget target) {
        return imports.mappings(target);
    }

    /** Saves (or replaces) a mapping under a name, for the next file with the same headers. */
    public void saveMapping(ImportTarget target, String name, Map<String, ImportField> byHeader) {
        saveMapping(target, name, byHeader, Map.of(), ValueChoices.none());
    }

    /** Saves a mapping with its kept columns (header → tags or notes) and its decisions for values. */
    public void saveMapping(ImportTarget target, String name, Map<String, ImportField> byHeader,
                            Map<String, ImportField> kept, ValueChoices values) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 80) {
            throw new Refused("mappingName", "import.mapping.nameRequired");
        }
        imports.mappingNamed(target, clean).ifPresentOrElse(m -> m.replace(byHeader, kept, values), () -> {
            ImportMapping m = new ImportMapping(target, clean, byHeader, Instant.now());
            m.replace(byHeader, kept, values);
            imports.add(m);
        });
    }

    public void deleteMapping(long id) {
        imports.remove(imports.mapping(id).orElseThrow(() -> new NotFoundException("Mapping " + id)));
    }

    /** The saved mapping that knows most of the file's headers (at least half), if any. */
    private ImportMapping bestSaved(List<String> headers, ImportTarget target) {
        Set<String> keys = new HashSet<>();
        headers.forEach(h -> keys.add(io.relance.domain.contact.Choice.fold(h)));
        return imports.mappings(target).stream()
                .map(m -> Map.entry(m, m.byHeader().keySet().stream().map(io.relance.domain.contact.Choice::fold).filter(keys::contains).count()))
                .filter(e -> e.getValue() * 2 >= e.getKey().byHeader().size() && e.getValue() > 0)
                .max(Comparator.comparingLong(Map.Entry::getValue)).map(Map.Entry::getKey).orElse(null);
    }

    /** Counts the data lines and keeps the first three values of each column, for the mapping step. */
    private static final class Samples implements io.relance.domain.imports.RowSink {
        private final List<List<String>> values = new java.util.ArrayList<>();
        private int full;
        int rows;

        Samples(int columns) {
            for (int i = 0; i < columns; i++) {
                values.add(new java.util.ArrayList<>(3));
            }
        }

        @Override
        public boolean row(io.relance.domain.imports.SourceRow row) {
            rows++;
            for (int i = 0; full < values.size() && i < values.size(); i++) {
                String cell = row.cell(i);
                List<String> kept = values.get(i);
                if (kept.size() < 3 && cell != null && !cell.isBlank()) {
                    String value = cell.strip();
                    kept.add(value.length() > 60 ? value.substring(0, 60) + "…" : value); // a sample, not the cell
                    if (kept.size() == 3) {
                        full++;
                    }
                }
            }
            return true;
        }

        List<String> joined() {
            return values.stream().map(v -> String.join(" · ", v)).toList();
        }
    }
}
