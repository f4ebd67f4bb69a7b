package io.relance.application.bilan.export;

import io.relance.application.bilan.BilanFixture;
import io.relance.application.evidence.FollowUpEvidence;
import io.relance.application.promises.PromiseTally;
import io.relance.domain.evidence.Evidence;
import io.relance.domain.evidence.TimeSaved;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bilan's files carry the evidence on follow-ups: the same table (counts, rates, Wilson bounds to three
 * decimals), the same conclusions and the same time saved in the CSV, the workbook and the PDF.
 *
 * <p>By hand: 70–100, called 12/16 → [0.505, 0.898], send-only 3/20 → [0.052, 0.360], apart: the called do
 * better. Unscored: 5 called, nobody send-only: not enough data. Time: 21 enrolled with 63 planned attempts,
 * 40 made, 12 left by answers; 20 send-only and 2 capped at 3 attempts: baseline 129, saved 12 + 60 + 6 = 78,
 * × 4 min = 312 min = 5 h 12 min.
 */
class EvidenceExportTest {

    private static final FollowUpEvidence EVIDENCE = new FollowUpEvidence(Evidence.of(List.of(
            new Evidence.Group(true, 80, 16, 12, 10),
            new Evidence.Group(false, 75, 20, 3, 1),
            new Evidence.Group(true, null, 5, 1, 2))),
            TimeSaved.of(List.of(new TimeSaved.Campaign(3, 21, 63, 40, 12, 20, 2)), TimeSaved.DEFAULT_MINUTES_PER_ATTEMPT), 1,
            new PromiseTally(27, 24, 1, 1, 1));

    private static BilanReport report(Locale locale) {
        BilanReport base = new BilanFixture().report(locale);
        return new BilanReport(base.agency(), base.bilan().withEvidence(EVIDENCE), base.kind(), base.sendDate(), null,
                List.of(), List.of(), locale, base.zone());
    }

    @Test
    void theCsvEndsWithTheComparisonAndTheTimeSaved() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BilanCsv.write(report(Locale.FRENCH), out);
        List<CSVRecord> lines = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8).substring(1))).getRecords();
        assertEquals("Total", lines.get(1).get(0), "the contacts' totals come first, as before");
        assertEquals(List.of("Score", "Groupe", "Personnes", "Retombées", "Taux", "Borne basse 95 %", "Borne haute 95 %", "Réponses",
                "Taux", "Borne basse 95 %", "Borne haute 95 %"), lines.get(2).toList());
        assertEquals(List.of("Tous", "Appelées", "21", "13"), lines.get(3).toList().subList(0, 4));
        assertEquals(List.of("70–100", "Appelées", "16", "12", "0.750", "0.505", "0.898"), lines.get(5).toList().subList(0, 7));
        assertEquals(List.of("70–100", "Envoi seul", "20", "3", "0.150", "0.052", "0.360"), lines.get(6).toList().subList(0, 7));
        assertEquals(List.of("Sans score", "Envoi seul", "0", "0"), lines.get(8).toList().subList(0, 4));
        Map<String, String> figures = new HashMap<>();
        lines.stream().filter(r -> r.size() == 2).forEach(r -> figures.put(r.get(0), r.get(1)));
        assertEquals("Les personnes appelées font mieux : 75 % contre 15 % en envoi seul.",
                figures.get("Conclusion (retombées) — 70–100"));
        assertEquals("Pas assez de données pour conclure (moins de 10 personnes dans un groupe).",
                figures.get("Conclusion (retombées) — Sans score"));
        assertEquals("129", figures.get("Tentatives si l'on appelait tout le monde"));
        assertEquals("60", figures.get("Évitées : envoi seul"));
        assertEquals("5 h 12 min", figures.get("Temps d'appel gagné"));
        assertEquals("312", figures.get("Temps d'appel gagné (minutes)"));
        assertEquals("96 % (24 sur 25)", figures.get("Promesses tenues (appel passé le jour annoncé par le SMS)"),
                "the promises settled: 24 kept, 1 missed; the pending and the excused count in neither");
    }

    @Test
    void theWorkbookHasASheetOfNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BilanXlsx.write(report(Locale.ENGLISH), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheet("Follow-ups - evidence");
            assertNotNull(sheet);
            Row called = sheet.getRow(3);
            assertEquals("70–100", called.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, called.getCell(5).getCellType(), "a bound is a number");
            assertEquals(0.505, called.getCell(5).getNumericCellValue(), 1e-9);
            assertEquals(0.898, called.getCell(6).getNumericCellValue(), 1e-9);
            assertEquals(312, find(sheet, "Call time saved (minutes)").getCell(1).getNumericCellValue());
            assertEquals("96 % (24 of 25)", find(sheet, "Promises kept (call made on the day the SMS announced)").getCell(1)
                    .getStringCellValue());
            assertTrue(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue().contains("4 min"),
                    "the baseline explained: " + sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue());
        }
    }

    @Test
    void thePdfHasTheSectionAndItsRule() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BilanPdf.write(report(Locale.FRENCH), out);
        String text;
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(pdf).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
        for (String expected : new String[]{"Les relances marchent-elles ?", "0.505", "0.898", "Pas assez de données pour conclure",
                "5 h 12 min", "au moins 10 personnes", "96 % (24 sur 25)"}) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
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
