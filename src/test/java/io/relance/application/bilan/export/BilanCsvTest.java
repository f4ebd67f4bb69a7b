package io.relance.application.bilan.export;

import io.relance.application.bilan.BilanFixture;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CSV parsed back: a BOM, a header, one line per contact and the bilan's totals last. */
class BilanCsvTest {

    @Test
    void oneLinePerContactThenTheTotals() throws IOException {
        List<CSVRecord> lines = parse(new BilanFixture(), Locale.FRENCH);
        assertEquals(List.of("Nom", "Média", "Appelant", "Premier jour", "Appels", "Décroches", "Réponse"), lines.get(0).toList());
        assertEquals(BilanFixture.CONTACTS + 2, lines.size());
        CSVRecord odd = lines.get(1);
        assertEquals(BilanFixture.ODD_NAME, odd.get(0), "any character survives, tab and NUL included");
        assertEquals("", odd.get(1));
        assertEquals("2026-11-02", odd.get(3));
        assertEquals("Oui", odd.get(6));
        assertEquals(List.of("Contact1233 Nom", "", "Léa Martin", "2026-11-15", "1", "1", "Non prioritaire"),
                lines.get(BilanFixture.CONTACTS).toList());
        assertEquals(List.of("Total", "", "", "", "3457", "1111", ""), lines.get(BilanFixture.CONTACTS + 1).toList());
    }

    @Test
    void englishHeaders() throws IOException {
        assertEquals(List.of("Name", "Outlet", "Caller"), parse(new BilanFixture(), Locale.ENGLISH).get(0).toList().subList(0, 3));
    }

    static List<CSVRecord> parse(BilanFixture fixture, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BilanCsv.write(fixture.report(locale), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a BOM, so that Excel reads UTF-8");
        return CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1))).getRecords();
    }
}
