package io.relance.application.bilan.export;

import io.relance.application.bilan.export.Columns.Column;
import io.relance.application.campaigns.EnrolmentRow;
import io.relance.application.common.CsvOut;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The bilan per contact as CSV, like the contacts export: semicolons, UTF-8 with a BOM (what Excel
 * opens with its accents in France), one line per contact under a header. The last line is the
 * bilan's own totals ("Total", its calls and pick-ups under those columns): the other breakdowns
 * have their own columns and live in the workbook. A commercial offer's file then has, after an empty
 * line, its prospects' figures as "indicator;value" lines under their own header. Then, after an empty line,
 * the agency's evidence on follow-ups (called against "envoi seul", see {@link EvidenceFigures}). Days are written ISO (2026-11-24), which every
 * spreadsheet reads as a date whatever its language.
 */
public final class BilanCsv {

    private BilanCsv() {
    }

    public static void write(BilanReport report, OutputStream out) throws IOException {
        Labels l = new Labels(report.locale());
        List<Column<EnrolmentRow>> columns = Columns.contacts(l);
        CsvOut csv = CsvOut.on(out);
        csv.row(columns.stream().map(Column::header).toList());
        for (EnrolmentRow row : report.contacts()) {
            List<Object> values = new ArrayList<>(columns.size());
            columns.forEach(c -> values.add(value(c.value().apply(row))));
            csv.row(values);
        }
        csv.row(Columns.contactTotals(report.bilan(), l).stream().map(BilanCsv::value).toList());
        if (report.bilan().stop() != null) {
            csv.row(Columns.state(report.bilan(), l, report.zone()), report.bilan().total().getStopped());
        }
        if (report.bilan().sales() != null) {
            csv.blankLine();
            csv.row(SalesFigures.columns(l).stream().map(Column::header).toList());
            for (SalesFigures.Figure f : SalesFigures.of(report.bilan().sales(), l)) {
                csv.row(f.label(), value(f.value()));
            }
        }
        if (report.bilan().evidence() != null) {
            evidence(csv, report.bilan().evidence(), l);
        }
        csv.flush(); // the stream is the caller's: flushed, not closed
    }

    /** After an empty line: the evidence's table under its header, then its conclusions and time saved as "indicator;value". */
    private static void evidence(CsvOut csv, io.relance.application.evidence.FollowUpEvidence e, Labels l) throws IOException {
        csv.blankLine();
        List<Column<EvidenceFigures.Row>> columns = EvidenceFigures.columns(l);
        csv.row(columns.stream().map(Column::header).toList());
        for (EvidenceFigures.Row row : EvidenceFigures.rows(e, l)) {
            csv.row(columns.stream().map(c -> value(c.value().apply(row))).toList());
        }
        csv.blankLine();
        csv.row(EvidenceFigures.figureColumns(l).stream().map(Column::header).toList());
        for (SalesFigures.Figure f : EvidenceFigures.figures(e, l)) {
            csv.row(f.label(), value(f.value()));
        }
    }

    private static Object value(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof LocalDate day ? day.toString() : value;
    }
}
