package io.relance.domain.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CSV as agencies have it: UTF-8 with or without BOM, UTF-16 from Excel's "Unicode text", or
 * Windows-1252 from older tools; separated by semicolons (French Excel), commas, tabs or pipes.
 * The encoding is the first that decodes without error; the delimiter the one that splits the first
 * lines into the same number of cells.
 */
final class CsvReading {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {';', ',', '\t', '|'};

    private CsvReading() {
    }

    static List<SourceRow> read(byte[] bytes, StringBuilder description) throws UnreadableFileException {
        String text = decode(bytes, description);
        char delimiter = delimiter(text);
        description.append(", ").append(delimiter == '\t' ? "tab" : String.valueOf(delimiter));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).get();
        List<SourceRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int line = 0;
            for (CSVRecord record : parser) {
                line++;
                String[] cells = record.values();
                ImportLimits.checkLine(line, cells); // before keeping it: a 10,000-column line is refused at once
                rows.add(new SourceRow(line, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFileException("import.file.badCsv", String.valueOf(rows.size() + 1));
        }
        return rows;
    }

    private static String decode(byte[] bytes, StringBuilder description) {
        if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
            description.append("UTF-8 (BOM)");
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (starts(bytes, 0xFF, 0xFE)) {
            description.append("UTF-16");
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (starts(bytes, 0xFE, 0xFF)) {
            description.append("UTF-16");
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            description.append("UTF-8");
            return text;
        } catch (CharacterCodingException e) {
            description.append("Windows-1252");
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The candidate giving the most lines with the same (non-zero) count; then the higher count. */
    static char delimiter(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(20).toList();
        char best = ';';
        long bestScore = -1;
        for (char d : DELIMITERS) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (String line : lines) {
                int n = countOutsideQuotes(line, d);
                if (n > 0) {
                    counts.merge(n, 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                long score = e.getValue() * 1000L + e.getKey();
                if (score > bestScore) {
                    bestScore = score;
                    best = d;
                }
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                n++;
            }
        }
        return n;
    }
}
