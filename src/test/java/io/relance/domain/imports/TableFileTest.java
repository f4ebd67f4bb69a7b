package io.relance.domain.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18 §3: a file on disk is read line by line, as often as needed, and its handle stays small. */
class TableFileTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static List<SourceRow> rows(TableFile file) throws Exception {
        List<SourceRow> rows = new ArrayList<>();
        file.forEachRow(rows::add);
        return rows;
    }

    @Test
    void aCsvIsReadAgainOnEachPassAndAPassMayStopEarly() throws Exception {
        StringBuilder csv = new StringBuilder("Export du 3 mars\n\nNom;Prénom;Email\n");
        for (int i = 1; i <= 5_000; i++) {
            csv.append("Nom").append(i).append(";Jo;jo").append(i).append("@x.fr\n").append(i % 1000 == 0 ? "\n" : "");
        }
        TableFile file = TableFile.open("c.csv", write("c.csv", csv.toString().getBytes(StandardCharsets.UTF_8)), ImportTarget.CONTACTS);

        assertEquals(List.of("Nom", "Prénom", "Email"), file.headers(), "the title line is not the header");
        List<SourceRow> first = rows(file);
        List<SourceRow> second = rows(file);
        assertEquals(5_000, first.size(), "blank lines are left out");
        assertEquals(4, first.get(0).line(), "line numbers are the file's");
        assertEquals("jo5000@x.fr", first.get(4_999).cell(2));
        assertEquals(first.size(), second.size());
        assertArrayEquals(first.get(1234).cells(), second.get(1234).cells());

        int[] seen = {0};
        file.forEachRow(row -> ++seen[0] < 10);
        assertEquals(10, seen[0], "the sink stops the reading");
    }

    @Test
    void theEncodingIsDecidedOverTheWholeFileNotItsFirstBuffer() throws Exception {
        // pure ASCII for 200 KB, then one Windows-1252 "é": the first buffers alone would say UTF-8
        StringBuilder csv = new StringBuilder("Nom;Ville\n");
        while (csv.length() < 200_000) {
            csv.append("Dupont;Paris\n");
        }
        csv.append("Lefèvre;Orléans\n");
        TableFile latin = TableFile.open("l.csv", write("l.csv", csv.toString().getBytes(CsvReading.WINDOWS_1252)), ImportTarget.CONTACTS);
        assertTrue(latin.description().contains("Windows-1252"), latin.description());
        List<SourceRow> rows = rows(latin);
        assertEquals("Lefèvre", rows.get(rows.size() - 1).cell(0));

        // a two-byte character straddling the 64 KB buffer boundary is still UTF-8
        StringBuilder utf8 = new StringBuilder("Nom;Ville\n");
        while (utf8.length() < 65_000) {
            utf8.append("Dupont;Paris\n");
        }
        while (utf8.length() < 65_535) {
            utf8.append('x'); // ASCII so far: the "é" below takes bytes 65,535 and 65,536
        }
        utf8.append("é;Lyon\n");
        TableFile straddling = TableFile.open("u.csv", write("u.csv", utf8.toString().getBytes(StandardCharsets.UTF_8)), ImportTarget.CONTACTS);
        assertTrue(straddling.description().contains("UTF-8"), straddling.description());
    }

    @Test
    void anXlsxStreamsItsLinesBelowTheMergedHeader() throws Exception {
        TableFile file = TableFile.open("j.xlsx", write("j.xlsx", TabularReaderTest.mergedHeaderWorkbook()), ImportTarget.CONTACTS);
        assertEquals(List.of("Prénom", "Nom", "Fixe", "Mobile", "Email", "Date base légale"), file.headers());
        List<SourceRow> rows = rows(file);
        assertEquals(2, rows.size());
        assertEquals("Anne", rows.get(0).cell(0));
        assertEquals(rows.size(), rows(file).size(), "a second pass reads the same lines");
    }

    @Test
    void theHandleHoldsThePathNotTheBytes() throws Exception {
        StringBuilder csv = new StringBuilder("Nom;Email\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append("N").append(i).append(";n").append(i).append("@x.fr\n");
        }
        TableFile file = TableFile.open("big.csv", write("big.csv", csv.toString().getBytes(StandardCharsets.UTF_8)), ImportTarget.CONTACTS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(file);
        }
        assertTrue(bytes.size() < 2_000, "a 1.9 MB file is a handle of " + bytes.size() + " bytes in the session");
    }

    @Test
    void aFileThatWentAwayIsRefusedWithAReason() throws Exception {
        Path path = write("gone.csv", "Nom\nCurie\n".getBytes(StandardCharsets.UTF_8));
        TableFile file = TableFile.open("gone.csv", path, ImportTarget.CONTACTS);
        Files.delete(path);
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> rows(file));
        assertEquals("import.file.gone", e.key());
    }
}
