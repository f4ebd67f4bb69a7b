package io.relance.application.bilan.export;

import io.relance.application.bilan.BilanFixture;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbook, opened again with POI: sheets, numbers as numbers, days as dates, headers bold and frozen. */
class BilanXlsxTest {

    @Test
    void eachBreakdownHasItsSheetWithTypedCells() throws IOException {
        try (XSSFWorkbook wb = open(new BilanFixture(), Locale.FRENCH)) {
            List<String> names = new ArrayList<>();
            wb.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("Synthèse", "Par contact", "Par appelant", "Par créneau", "Par périodicité", "Retombées"), names);
            for (Sheet sheet : wb) {
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow(), sheet.getSheetName() + " keeps its header in view");
                assertTrue(sheet.getPaneInformation().isFreezePane());
                assertTrue(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            }

            Sheet summary = wb.getSheet("Synthèse");
            assertEquals("Agence Démo & Fils", value(summary, "Agence").getStringCellValue());
            assertEquals(LocalDate.of(2026, 11, 2).atStartOfDay(), date(value(summary, "Date d'envoi")));
            assertEquals(LocalDateTime.of(2026, 11, 24, 10, 15), date(value(summary, "Généré le")), "in the agency's zone");
            assertEquals(1234, number(value(summary, "Contacts relancés")));
            assertEquals(3457, number(value(summary, "Appels")));
            assertEquals(1111, number(value(summary, "Décroches")));
            assertEquals(0.32, number(value(summary, "Taux de décroche")), 1e-9);
            assertEquals("0%", value(summary, "Taux de décroche").getCellStyle().getDataFormatString());
            assertEquals(49, number(value(summary, "Inscriptions / décisions")));
            assertEquals(2, number(value(summary, "Retombées")));

            Sheet contacts = wb.getSheet("Par contact");
            assertEquals(BilanFixture.CONTACTS + 1, contacts.getLastRowNum(), "a header, every contact, the totals");
            Row odd = contacts.getRow(1);
            // every character but NUL, which XML cannot hold (POI writes "?")
            assertEquals(BilanFixture.ODD_NAME.replace('\u0000', '?'), odd.getCell(0).getStringCellValue());
            assertNull(odd.getCell(1), "no outlet, no cell");
            assertEquals(LocalDate.of(2026, 11, 2).atStartOfDay(), date(odd.getCell(3)));
            assertEquals(CellType.NUMERIC, contacts.getRow(2).getCell(4).getCellType());
            assertEquals("Oui", odd.getCell(6).getStringCellValue());
            Row total = contacts.getRow(BilanFixture.CONTACTS + 1);
            assertEquals("Total", total.getCell(0).getStringCellValue());
            assertEquals(3457, number(total.getCell(4)));
            assertEquals(1111, number(total.getCell(5)));

            Sheet callers = wb.getSheet("Par appelant");
            assertEquals(List.of("Appelant", "Contacts relancés", "Appels"), header(callers).subList(0, 3));
            assertEquals(BilanFixture.ODD_NAME.replace('\u0000', '?'), callers.getRow(2).getCell(0).getStringCellValue());
            assertEquals(696, number(callers.getRow(2).getCell(11)), "opt-outs, the last column");
            Sheet slots = wb.getSheet("Par créneau");
            assertEquals(List.of("Créneau", "Appels"), header(slots).subList(0, 2), "a slot has no enrolments of its own");
            assertEquals("Créneau 1 (matin)", slots.getRow(2).getCell(0).getStringCellValue());
            assertEquals(0.2, number(slots.getRow(2).getCell(4)), 1e-9);

            Sheet coverage = wb.getSheet("Retombées");
            assertEquals(BilanFixture.LONG_TITLE, coverage.getRow(1).getCell(1).getStringCellValue());
            assertEquals(LocalDate.of(2026, 11, 20).atStartOfDay(), date(coverage.getRow(1).getCell(0)));
            assertEquals(120_000, number(coverage.getRow(1).getCell(6)));
            assertEquals("Citation", coverage.getRow(2).getCell(4).getStringCellValue());
        }
    }

    @Test
    void englishSheetsAndHeaders() throws IOException {
        try (XSSFWorkbook wb = open(new BilanFixture(), Locale.ENGLISH)) {
            assertNotNull(wb.getSheet("Summary"));
            assertNotNull(wb.getSheet("Coverage"));
            assertEquals(3457, number(value(wb.getSheet("Summary"), "Calls")));
            assertEquals("Name", wb.getSheet("Per contact").getRow(0).getCell(0).getStringCellValue());
        }
    }

    private static XSSFWorkbook open(BilanFixture fixture, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BilanXlsx.write(fixture.report(locale), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The value next to a label of the summary. */
    static Cell value(Sheet summary, String label) {
        for (Row row : summary) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row.getCell(1);
            }
        }
        throw new AssertionError(label + " not in the summary");
    }

    static double number(Cell cell) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), "a number, not text");
        return cell.getNumericCellValue();
    }

    private static LocalDateTime date(Cell cell) {
        assertTrue(DateUtil.isCellDateFormatted(cell), "a date, formatted as such");
        return cell.getLocalDateTimeCellValue();
    }

    private static List<String> header(Sheet sheet) {
        List<String> names = new ArrayList<>();
        sheet.getRow(0).forEach(c -> names.add(c.getStringCellValue()));
        return names;
    }
}
