package io.relance.application.bilan.export;

import io.relance.application.bilan.BilanFixture;
import io.relance.application.bilan.SalesBilan;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.qualification.MeetingStatus;
import io.relance.domain.qualification.Priority;
import io.relance.domain.qualification.ProspectOutcome;
import io.relance.domain.sales.SalesKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A commercial offer's files carry its sales figures: a section of the PDF, a sheet of the
 * workbook, lines after the CSV's totals; the same figures under the same labels in all three.
 */
class SalesExportTest {

    /** 2 high, 3 medium, 5 low (1 low with a meeting): 7 avoided × 120 min = 14 h 00. */
    private static final SalesBilan SALES = SalesBilan.of(List.of(
                    new SalesBilan.Prospects(Priority.HIGH, false, ProspectOutcome.WON, true, 2),
                    new SalesBilan.Prospects(Priority.MEDIUM, true, ProspectOutcome.LOST, false, 3),
                    new SalesBilan.Prospects(Priority.LOW, false, null, true, 1),
                    new SalesBilan.Prospects(Priority.LOW, false, null, false, 4)),
            Map.of(SalesKind.QUOTE, 11L, SalesKind.PROPOSAL, 4L), Map.of(MeetingStatus.BOOKED, 1L, MeetingStatus.HELD, 2L), 120);

    private static BilanReport report(Locale locale) {
        BilanReport base = new BilanFixture().report(locale);
        return new BilanReport(base.agency(), base.bilan().withSales(SALES), CampaignKind.COMMERCIAL_OFFER, base.sendDate(), null,
                List.of(), List.of(), locale, base.zone());
    }

    @Test
    void theCsvEndsWithTheSalesFigures() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BilanCsv.write(report(Locale.FRENCH), out);
        List<CSVRecord> lines = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8).substring(1))).getRecords();
        assertEquals("Total", lines.get(1).get(0), "no contact in this report: the header, then the totals");
        assertEquals(List.of("Indicateur", "Valeur"), lines.get(2).toList(), "an empty line, then the sales figures' header");
        Map<String, String> figures = new java.util.HashMap<>();
        lines.subList(3, lines.size()).forEach(r -> figures.put(r.get(0), r.get(1)));
        assertEquals("10", figures.get("Prospects qualifiés"));
        assertEquals("2", figures.get("dont priorité haute"));
        assertEquals("3", figures.get("Priorités modifiées par l'appelant"));
        assertEquals("11", figures.get("Devis envoyés"));
        assertEquals("4", figures.get("Propositions envoyées"));
        assertEquals("3", figures.get("Rendez-vous pris (non annulés)"));
        assertEquals("2", figures.get("Rendez-vous tenus"));
        assertEquals("7", figures.get("Rendez-vous évités"));
        assertEquals("14 h 00 min", figures.get("Temps gagné"));
        assertEquals("840", figures.get("Temps gagné (minutes)"));
        assertEquals("5", figures.get("Issue pas encore renseignée"));
    }

    @Test
    void theWorkbookHasASheetOfNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BilanXlsx.write(report(Locale.ENGLISH), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals("Qualified prospects", wb.getSheetAt(1).getSheetName(), "after the summary");
            Sheet sales = wb.getSheetAt(1);
            Row avoided = find(sales, "Meetings avoided");
            assertEquals(CellType.NUMERIC, avoided.getCell(1).getCellType());
            assertEquals(7, avoided.getCell(1).getNumericCellValue());
            assertEquals(840, find(sales, "Time saved (minutes)").getCell(1).getNumericCellValue());
            assertEquals("14 h 00 min", find(sales, "Time saved").getCell(1).getStringCellValue());
            assertTrue(sales.getRow(sales.getLastRowNum()).getCell(0).getStringCellValue().contains("× 120 minutes"),
                    "how the time saved is counted, with the agency's duration");
        }
    }

    @Test
    void thePdfHasTheSectionAndItsExplanation() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BilanPdf.write(report(Locale.FRENCH), out);
        String text;
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(pdf).replace('\u00a0', ' ');
        }
        for (String expected : new String[]{"Prospects qualifiés (offre commerciale)", "Prospects qualifiés 10", "Devis envoyés 11",
                "Rendez-vous évités 7", "Temps gagné 14 h 00 min", "Gagnés 2", "Perdus 3"}) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
        assertTrue(text.replaceAll("\\s+", " ").contains("rendez-vous évités × 120 minutes"), text);
    }

    @Test
    void otherCampaignsHaveNoSalesPart() throws IOException {
        assertNull(new BilanFixture().bilan().sales());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BilanXlsx.write(new BilanFixture().report(Locale.FRENCH), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertNull(wb.getSheet("Prospects qualifiés"));
            assertEquals(6, wb.getNumberOfSheets());
        }
    }

    private static Row find(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING && label.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(label + " not in " + sheet.getSheetName());
    }
}
