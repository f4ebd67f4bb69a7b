package io.relance.domain.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * CSV as agencies have it: UTF-8 with or without BOM, UTF-16 from Excel's "Unicode text", or
 * Windows-1252 from older tools; separated by semicolons (French Excel), commas, tabs or pipes.
 * The encoding is the first that decodes without error; the delimiter the one that splits the first
 * lines into the same number of cells. Read from a file as a stream: the encoding is found by one
 * decoding pass over the bytes, then the lines are parsed one at a time, as often as needed.
 */
final class CsvReading {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {';', ',', '\t', '|'};

    private CsvReading() {
    }

    /** How the file is written, decided once from its bytes: encoding, BOM length and delimiter. */
    record Format(String charset, int bom, char delimiter, String description) implements java.io.Serializable {
    }

    static Format sniff(Path file) throws IOException {
        byte[] head = new byte[3];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 3);
        }
        byte[] start = java.util.Arrays.copyOf(head, n);
        Charset charset;
        int bom = 0;
        String name;
        if (starts(start, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
            name = "UTF-8 (BOM)";
        } else if (starts(start, 0xFF, 0xFE) || starts(start, 0xFE, 0xFF)) {
            charset = start[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            bom = 2;
            name = "UTF-16";
        } else if (isUtf8(file)) {
            charset = StandardCharsets.UTF_8;
            name = "UTF-8";
        } else {
            charset = WINDOWS_1252;
            name = "Windows-1252";
        }
        char delimiter = delimiter(firstLines(file, charset, bom));
        return new Format(charset.name(), bom, delimiter, name + ", " + (delimiter == '\t' ? "tab" : String.valueOf(delimiter)));
    }

    /** Every line in order, each checked against the limits before anything keeps it. */
    static void read(Path file, Format f, RowSink sink) throws UnreadableFileException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(f.delimiter()).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).get();
        int line = 0;
        try (Reader reader = reader(file, Charset.forName(f.charset()), f.bom()); CSVParser parser = CSVParser.parse(reader, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (next(records, line)) {
                line++;
                String[] cells = records.next().values();
                ImportLimits.checkLine(line, cells); // before keeping it: a 10,000-column line is refused at once
                if (!sink.row(new SourceRow(line, cells))) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new UnreadableFileException("import.file.badCsv", String.valueOf(line + 1));
        }
    }

    /** Whether a record follows; a parse error (an unclosed quote) is the file's, at the line after the last one read. */
    private static boolean next(Iterator<CSVRecord> records, int line) throws UnreadableFileException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFileException("import.file.badCsv", String.valueOf(line + 1));
        }
    }

    private static Reader reader(Path file, Charset charset, int bom) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(bom);
        return new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
    }

    /** The first non-blank lines as text, enough to tell the delimiter. */
    private static String firstLines(Path file, Charset charset, int bom) throws IOException {
        StringBuilder text = new StringBuilder();
        try (BufferedReader reader = (BufferedReader) reader(file, charset, bom)) {
            String line;
            int kept = 0;
            while (kept < 20 && (line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    text.append(line).append('\n');
                    kept++;
                }
            }
        }
        return text.toString();
    }

    /** Strict UTF-8 decoding of the whole file, a buffer at a time: the first error means another encoding. */
    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (ReadableByteChannel channel = Files.newByteChannel(file)) {
            while (true) {
                boolean end = channel.read(in) < 0;
                in.flip();
                CoderResult result;
                do {
                    out.clear();
                    result = decoder.decode(in, out, end);
                    if (result.isError()) {
                        return false;
                    }
                } while (result.isOverflow());
                if (end) {
                    out.clear();
                    return !decoder.flush(out).isError();
                }
                in.compact();
            }
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
