package io.relance.application.bilan;

import io.relance.application.bilan.BilanExports.Format;
import io.relance.application.bilan.export.BilanReport;
import io.relance.application.bilan.export.Paged;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File names safe in a header, dated in the agency's zone; contacts read in pages, none twice. */
class BilanExportsTest {

    @Test
    void aFileNameIsPlainAsciiDatedTheDayTheBilanWasComputedInParis() {
        assertEquals("bilan-soiree-presse-jazz-en-seine-2026-11-24.pdf",
                Format.PDF.fileName(report("Soirée presse : « Jazz en Seine » 🎷", "2026-11-24T09:15:00Z")));
        assertEquals("bilan-rm-rf-2026-11-24.csv", Format.CSV.fileName(report("\"; rm -rf /", "2026-11-24T09:15:00Z")),
                "no quote, slash or space reaches the header");
        assertEquals("bilan-campagne-2026-11-25.xlsx", Format.XLSX.fileName(report("李", "2026-11-24T23:30:00Z")),
                "nothing readable left: a neutral name; past midnight in Paris: the next day");
        assertEquals("text/csv; charset=UTF-8", Format.CSV.contentType());
        assertEquals("application/pdf", Format.PDF.contentType());
    }

    @Test
    void pagesAreReadUntilAShortOne() {
        List<Integer> firsts = new ArrayList<>();
        List<Integer> all = IntStream.range(0, 1000).boxed().toList();
        Paged<Integer> paged = new Paged<>((first, size) -> {
            firsts.add(first);
            return all.subList(Math.min(first, all.size()), Math.min(first + size, all.size()));
        }, 400);
        List<Integer> read = new ArrayList<>();
        paged.forEach(read::add);
        assertEquals(all, read);
        assertEquals(List.of(0, 400, 800), firsts);

        firsts.clear();
        List<Integer> exact = all.subList(0, 800);
        new Paged<>((first, size) -> {
            firsts.add(first);
            return exact.subList(Math.min(first, exact.size()), Math.min(first + size, exact.size()));
        }, 400).forEach(i -> { });
        assertEquals(List.of(0, 400, 800), firsts, "a full last page: one more look, which finds nothing");
    }

    @Test
    void aSubjectThatIsAFormulaStaysTextInTheWorkbook() throws Exception {
        String formula = "=HYPERLINK(\"https://evil.example\",\"Cliquez\")";
        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        io.relance.application.bilan.export.BilanXlsx.write(report(formula, "2026-11-24T09:15:00Z"), xlsx);
        int seen = 0;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        assertNotEquals(org.apache.poi.ss.usermodel.CellType.FORMULA, cell.getCellType(), sheet.getSheetName());
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                && cell.getStringCellValue().contains("HYPERLINK")) {
                            seen++;
                        }
                    }
                }
            }
        }
        assertTrue(seen > 0, "the subject is in the workbook, as text");
    }

    private static BilanReport report(String subject, String at) {
        Bilan b = new BilanFixture().bilan();
        Bilan bilan = new Bilan(b.campaignId(), subject, b.client(), b.isFinal(), Instant.parse(at), b.total(), b.perCaller(),
                b.perSlot(), b.perPeriodicity());
        return new BilanReport("Agence", bilan, null, null, null, List.of(), List.of(), Locale.FRENCH, ZoneId.of("Europe/Paris"));
    }
}
