package io.relance.interfaces.web.contacts;

import io.relance.application.common.NotFoundException;
import io.relance.application.imports.ImportService;
import io.relance.domain.imports.ImportReport;
import io.relance.interfaces.web.session.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import io.relance.domain.imports.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Backs app/contacts/report.xhtml?id=N: an import's totals and the lines that need a look. Foreign ids are 404. */
@Named
@ViewScoped
public class ImportReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A line of the report that was not simply created. */
    public record Line(String line, String outcome, String who, String detail) implements Serializable {
    }

    @Inject
    ImportService imports;

    /** Lines kept for the page: the report's CSV (downloadable) has them all. */
    static final int SHOWN = 1_000;

    private Long id;
    /** An entity: not kept in the session (read again from {@code id} on another node). */
    private transient ImportReport report;
    private List<Line> lines = List.of();
    /** Lines that need a look beyond the first {@link #SHOWN}, left to the CSV. */
    private int more;

    public void load() {
        try {
            if (id == null) {
                throw new NotFoundException("Import");
            }
            report = imports.report(id);
            if (report.getStatus() != ImportReport.Status.RUNNING) {
                try (InputStream csv = imports.reportCsv(id)) {
                    int[] beyond = {0};
                    lines = lines(csv, SHOWN, beyond);
                    more = beyond[0];
                }
            }
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The lines that were not simply created, read as the CSV streams; the first {@code max} are
     * kept (a page's state stays small), the others only counted in {@code beyond[0]}.
     */
    static List<Line> lines(InputStream csv, int max, int[] beyond) throws IOException {
        List<Line> out = new ArrayList<>();
        Reader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        try (var parser = CSVFormat.DEFAULT.builder().setDelimiter(';').setSkipHeaderRecord(false).get().parse(reader)) {
            boolean header = true;
            for (CSVRecord r : parser) {
                if (header) {
                    header = false;
                } else if (r.size() >= 4 && !r.get(3).isEmpty()) {
                    if (out.size() < max) {
                        out.add(new Line(r.get(0), r.get(1), SpreadsheetText.restored(r.get(2)), SpreadsheetText.restored(r.get(3))));
                    } else {
                        beyond[0]++;
                    }
                }
            }
        }
        return out;
    }

    public StreamedContent download() {
        long reportId = getReport().getId();
        return DefaultStreamedContent.builder().name("import-" + reportId + "-rapport.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> imports.reportCsv(reportId)).build();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ImportReport getReport() {
        if (report == null && id != null) {
            report = imports.report(id);
        }
        return report;
    }
    public List<Line> getLines() { return lines; }
    public int getMore() { return more; }
    public int getShown() { return SHOWN; }
}
