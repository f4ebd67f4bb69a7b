package io.relance.application.bilan.export;

import io.relance.application.bilan.Bilan;
import io.relance.application.bilan.BilanLine;
import io.relance.application.bilan.export.Columns.Breakdown;
import io.relance.application.bilan.export.Columns.Column;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The bilan as a workbook to rework: a summary, for a commercial offer its prospects' figures, then
 * one sheet per contact, caller, slot, periodicity and piece of coverage. Counts are numbers, days are dates and rates are percentages,
 * so that they sort and sum; each sheet's header is bold and stays in view. Streamed (SXSSF): only
 * a window of rows is in memory, however many contacts there are.
 */
public final class BilanXlsx {

    private final SXSSFWorkbook wb;
    private final Labels l;
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle percent;
    private final CellStyle bold;

    private BilanXlsx(SXSSFWorkbook wb, Labels l) {
        this.wb = wb;
        this.l = l;
        Font font = wb.createFont();
        font.setBold(true);
        bold = wb.createCellStyle();
        bold.setFont(font);
        header = wb.createCellStyle();
        header.setFont(font);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        boolean english = "en".equals(l.locale().getLanguage());
        date = style(english ? "yyyy-mm-dd" : "dd/mm/yyyy");
        dateTime = style(english ? "yyyy-mm-dd hh:mm" : "dd/mm/yyyy hh:mm");
        percent = style("0%");
    }

    public static void write(BilanReport report, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Labels l = new Labels(report.locale());
            BilanXlsx x = new BilanXlsx(wb, l);
            Bilan b = report.bilan();
            x.summary(report);
            if (b.sales() != null) {
                x.sheet(SalesFigures.sheet(l), SalesFigures.columns(l), SalesFigures.of(b.sales(), l), null);
                x.note(SalesFigures.how(b.sales(), l));
            }
            if (b.evidence() != null) {
                x.sheet(EvidenceFigures.sheet(l), EvidenceFigures.columns(l), EvidenceFigures.rows(b.evidence(), l), null);
                x.figures(EvidenceFigures.figures(b.evidence(), l));
                EvidenceFigures.notes(b.evidence(), l).forEach(x::note);
            }
            x.sheet(l.text("bilan.perContact"), Columns.contacts(l), report.contacts(), Columns.contactTotals(b, l));
            for (Breakdown breakdown : Columns.breakdowns(b, l)) {
                x.sheet(breakdown.title(), Columns.lines(breakdown, l), breakdown.lines(), null);
            }
            x.sheet(l.text("bilan.export.coverage"), Columns.coverage(l), report.coverage(), null);
            wb.write(out);
            wb.dispose();
        }
    }

    /** Two columns, what and how much: who the bilan is for, then the campaign's totals. */
    private void summary(BilanReport r) {
        Bilan b = r.bilan();
        Sheet sheet = newSheet(l.text("bilan.export.summary"), List.of(l.text("bilan.export.indicator"), l.text("bilan.export.value")));
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 50 * 256);
        int[] n = {1};
        line(sheet, n, l.text("bilan.export.agency"), r.agency(), null);
        line(sheet, n, l.text("campaign.client"), b.client(), null);
        line(sheet, n, l.text("campaign.subject"), b.subject(), null);
        if (r.kind() != null) {
            line(sheet, n, l.text("campaign.kind"), l.of("enum.CampaignKind.", r.kind()), null);
        }
        if (r.sendDate() != null) {
            line(sheet, n, l.text("campaign.sendDate"), r.sendDate(), date);
        }
        if (r.eventDate() != null) {
            line(sheet, n, l.text("campaign.eventDate"), r.eventDate(), date);
        }
        line(sheet, n, l.text("campaign.status"), Columns.state(b, l, r.zone()), null);
        line(sheet, n, l.text("bilan.export.generated"), b.at() == null ? null : LocalDateTime.ofInstant(b.at(), r.zone()), dateTime);
        for (Column<BilanLine> c : Columns.numbers(l, true)) {
            Object value = c.value().apply(b.total());
            line(sheet, n, c.header(), c.type() == Columns.Type.PERCENT ? ((Number) value).doubleValue() / 100 : value,
                    c.type() == Columns.Type.PERCENT ? percent : null);
        }
        line(sheet, n, l.text("bilan.outlets"), b.total().getOutlets(), null);
        line(sheet, n, l.text("bilan.outletsReached"), b.total().getOutletsReached(), null);
        line(sheet, n, l.text("bilan.export.coverage"), (long) r.coverage().size(), null);
    }

    /** "Indicator, value" lines two rows below the last sheet's table (a count stays a number). */
    private void figures(List<SalesFigures.Figure> figures) {
        Sheet sheet = wb.getSheetAt(wb.getNumberOfSheets() - 1);
        int[] n = {sheet.getLastRowNum() + 2};
        figures.forEach(f -> line(sheet, n, f.label(), f.value(), null));
    }

    /** A line of text two rows below the last sheet's figures (how they are counted). */
    private void note(String text) {
        Sheet sheet = wb.getSheetAt(wb.getNumberOfSheets() - 1);
        sheet.createRow(sheet.getLastRowNum() + 2).createCell(0).setCellValue(text);
    }

    private void line(Sheet sheet, int[] n, String label, Object value, CellStyle style) {
        Row row = sheet.createRow(n[0]++);
        row.createCell(0).setCellValue(label);
        put(row.createCell(1), value, style);
    }

    private <T> void sheet(String name, List<Column<T>> columns, Iterable<T> rows, List<Object> totals) {
        Sheet sheet = newSheet(name, columns.stream().map(Column::header).toList());
        for (int i = 0; i < columns.size(); i++) {
            float wide = columns.get(i).type() == Columns.Type.TEXT ? Math.max(14, columns.get(i).weight() * 8) : 13;
            sheet.setColumnWidth(i, (int) (wide * 256));
        }
        int n = 1;
        for (T item : rows) {
            Row row = sheet.createRow(n++);
            for (int i = 0; i < columns.size(); i++) {
                cell(row, i, columns.get(i).type(), columns.get(i).value().apply(item), null);
            }
        }
        if (totals != null) {
            Row row = sheet.createRow(n);
            for (int i = 0; i < columns.size(); i++) {
                cell(row, i, columns.get(i).type(), totals.get(i), bold);
            }
        }
    }

    private void cell(Row row, int i, Columns.Type type, Object value, CellStyle style) {
        if (value == null) {
            return;
        }
        switch (type) {
            case PERCENT -> put(row.createCell(i), ((Number) value).doubleValue() / 100, percent);
            case DATE -> put(row.createCell(i), value, date);
            default -> put(row.createCell(i), value, style);
        }
    }

    /** Numbers as numbers, days and moments as dates, the rest as text. */
    private static void put(Cell cell, Object value, CellStyle style) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
        } else if (value instanceof LocalDateTime moment) {
            cell.setCellValue(moment);
        } else {
            cell.setCellValue(value.toString());
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private Sheet newSheet(String name, List<String> headers) {
        Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(name));
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private CellStyle style(String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat(format));
        return style;
    }
}
