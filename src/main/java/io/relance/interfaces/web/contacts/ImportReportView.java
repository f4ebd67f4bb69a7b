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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Backs app/contacts/report.xhtml?id=N: an import's totals and the lines that need a look. Foreign ids are 404. */
@Named
@ViewScoped
public class ImportReportView implements Serializable {

    /** A line of the report that was not simply created. */
    public record Line(String line, String outcome, String who, String detail) implements Serializable {
    }

    @Inject
    ImportService imports;

    private Long id;
    private ImportReport report;
    private List<Line> lines = List.of();

    public void load() {
        try {
            if (id == null) {
                throw new NotFoundException("Import");
            }
            report = imports.report(id);
            if (report.getStatus() != ImportReport.Status.RUNNING) {
                lines = lines(imports.reportCsv(id));
            }
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    private static List<Line> lines(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<Line> out = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT.builder().setDelimiter(';').setSkipHeaderRecord(false).get().parse(new StringReader(text))) {
            boolean header = true;
            for (CSVRecord r : parser) {
                if (header) {
                    header = false;
                } else if (r.size() >= 4 && !r.get(3).isEmpty()) {
                    out.add(new Line(r.get(0), r.get(1), SpreadsheetText.restored(r.get(2)), SpreadsheetText.restored(r.get(3))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public StreamedContent download() {
        long reportId = report.getId();
        return DefaultStreamedContent.builder().name("import-" + reportId + "-rapport.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(imports.reportCsv(reportId))).build();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ImportReport getReport() { return report; }
    public List<Line> getLines() { return lines; }
}
