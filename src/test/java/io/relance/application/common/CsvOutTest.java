package io.relance.application.common;

import io.relance.domain.imports.SourceRow;
import io.relance.domain.imports.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvOutTest {

    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example\",\"clic\")", "+33 6 12 34 56 78",
            "-2+3", "@SUM(A1:A2)", "\tcmd", "\rcmd");

    @Test
    void everyTextCellThatASpreadsheetWouldRunIsWrittenAsTextAndNumbersStayNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvOut csv = CsvOut.on(out);
        csv.row("Nom", "Valeur");
        for (String cell : HOSTILE) {
            csv.row(cell, -5);
        }
        csv.row("Zoé Alpha", 12);
        csv.flush();
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a BOM for spreadsheets");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1))).getRecords();
        for (int i = 0; i < HOSTILE.size(); i++) {
            String written = records.get(i + 1).get(0);
            assertEquals('\'', written.charAt(0), "neutralised: " + written);
            assertEquals(HOSTILE.get(i), SpreadsheetText.restored(written), "and read back as it was");
            assertEquals("-5", records.get(i + 1).get(1), "a number is not text");
        }
        assertEquals("Zoé Alpha", records.get(HOSTILE.size() + 1).get(0), "plain text untouched");
    }

    @Test
    void anImportOfOurOwnExportReadsTheValuesWithoutTheMark() {
        SourceRow row = new SourceRow(2, new String[]{"'+33612345678", "'=1+1", "'plain", "Plain"});
        assertEquals("+33612345678", row.cell(0));
        assertEquals("=1+1", row.cell(1));
        assertEquals("'plain", row.cell(2), "an apostrophe the person typed stays");
        assertEquals("Plain", row.cell(3));
    }
}
