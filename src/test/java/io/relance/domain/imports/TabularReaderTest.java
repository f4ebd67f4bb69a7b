package io.relance.domain.imports;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TabularReaderTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = TabularReaderTest.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsASemicolonWindows1252ExportWithItsAccents() throws Exception {
        Tabular t = TabularReader.read("export.csv", resource("semicolon-windows1252.csv"), ImportTarget.CONTACTS);

        assertEquals("Civilité", t.headers().get(0));
        assertEquals("Thématiques", t.headers().get(10));
        assertEquals(4, t.rows().size());
        SourceRow first = t.rows().get(0);
        assertEquals(2, first.line());
        assertEquals("Hélène", first.cell(1));
        assertEquals("Lefèvre", first.cell(2));
        assertEquals("Économie, Régions", first.cell(10));
        assertTrue(t.description().contains("Windows-1252"), t.description());
    }

    @Test
    void skipsBlankLinesTrimsSpacesAndKeepsTheLineNumbersOfTheFile() throws Exception {
        Tabular t = TabularReader.read("contacts.csv", resource("blank-lines-trailing-spaces.csv"), ImportTarget.CONTACTS);

        assertEquals(List.of("first name", "last name", "outlet", "email", "mobile"), t.headers());
        assertEquals(3, t.rows().size());
        assertEquals(3, t.rows().get(0).line());
        assertArrayEquals(new String[]{"Marie", "Curie", "Le Monde", "MARIE.CURIE@LEMONDE.FR", "+33 6 11 22 33 44"},
                t.rows().get(0).cells());
        assertEquals(6, t.rows().get(1).line());
        assertEquals(8, t.rows().get(2).line());
        assertTrue(t.description().contains("UTF-8 (BOM)"), t.description());
    }

    @Test
    void findsTheRealHeaderUnderMergedGroupHeadersInAnXlsx() throws Exception {
        Tabular t = TabularReader.read("journalistes.xlsx", mergedHeaderWorkbook(), ImportTarget.CONTACTS);

        assertEquals(List.of("Prénom", "Nom", "Fixe", "Mobile", "Email", "Date base légale"), t.headers());
        assertEquals(2, t.rows().size());
        SourceRow first = t.rows().get(0);
        assertEquals(4, first.line());
        assertEquals("Anne", first.cell(0));
        assertEquals("612345678", first.cell(3), "a number cell reads as its digits");
        assertEquals("2025-03-01", first.cell(5), "a date cell reads as an ISO day");
        assertEquals(ImportField.MOBILE, ColumnMapping.guess(t.headers(), ImportTarget.CONTACTS).fieldOf(3).orElseThrow());
    }

    @Test
    void detectsTabsAndPipesAndUtf16() throws Exception {
        String tsv = "Nom\tPrénom\tEmail\nCurie\tMarie\tm@x.fr\n";
        Tabular t = TabularReader.read("a.txt", utf16(tsv), ImportTarget.CONTACTS);
        assertEquals(List.of("Nom", "Prénom", "Email"), t.headers());
        assertEquals("Marie", t.rows().get(0).cell(1));

        Tabular piped = TabularReader.read("b.csv", "Nom|Email\nCurie|m@x.fr\n".getBytes(StandardCharsets.UTF_8), ImportTarget.CONTACTS);
        assertEquals("m@x.fr", piped.rows().get(0).cell(1));
    }

    @Test
    void refusesWhatIsNotATableWithAClearReason() {
        assertEquals("import.file.empty", assertThrows(UnreadableFileException.class,
                () -> TabularReader.read("a.csv", new byte[0], ImportTarget.CONTACTS)).key());
        assertEquals("import.file.badXlsx", assertThrows(UnreadableFileException.class,
                () -> TabularReader.read("a.xlsx", new byte[]{'P', 'K', 3, 4, 1, 2, 3}, ImportTarget.CONTACTS)).key());
        assertEquals("import.file.oldExcel", assertThrows(UnreadableFileException.class,
                () -> TabularReader.read("a.xls", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, 0, 0, 0, 0, 0, 0}, ImportTarget.CONTACTS)).key());
        assertEquals("import.file.badCsv", assertThrows(UnreadableFileException.class,
                () -> TabularReader.read("a.csv", "Nom;Email\n\"Curie;m@x.fr\n".getBytes(StandardCharsets.UTF_8), ImportTarget.CONTACTS)).key());
    }

    /** A sheet as people build them: a title, group headers merged over their columns, then the real header. */
    static byte[] mergedHeaderWorkbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Journalistes");
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("Identité");
            title.createCell(2).setCellValue("Téléphones");
            title.createCell(4).setCellValue("Contact");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 2, 3));
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 4, 4));
            sheet.createRow(1);
            Row header = sheet.createRow(2);
            String[] names = {"Prénom", "Nom", "Fixe", "Mobile", "Email", "Date base légale"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat((short) 14);
            Object[][] data = {{"Anne", "Durand", "0145000000", 612345678d, "anne@x.fr"}, {"Luc", "Morel", "", "0698765432", "luc@x.fr"}};
            for (int r = 0; r < data.length; r++) {
                Row row = sheet.createRow(3 + r);
                for (int c = 0; c < data[r].length; c++) {
                    if (data[r][c] instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else {
                        row.createCell(c).setCellValue((String) data[r][c]);
                    }
                }
                var date = row.createCell(5);
                date.setCellValue(java.time.LocalDate.of(2025, 3, 1 + r));
                date.setCellStyle(dateStyle);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] utf16(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }
}
