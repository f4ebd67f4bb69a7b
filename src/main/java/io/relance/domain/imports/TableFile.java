package io.relance.domain.imports;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An uploaded file on disk, opened as a table: its header and how to read it are found once, then
 * its data lines are read again from the file on each pass (the mapping's samples, the preview,
 * the import), one line at a time. Small and serialisable, so that a page's session can hold it:
 * it holds the file's path, never its bytes.
 */
public final class TableFile implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final CsvReading.Format csv;
    /** XLSX only: the first lines with their header merges copied across (merges come last in the sheet). */
    private final String[][] zoneCells;
    private final int[] zoneLines;
    private final int headerLine;
    private final List<String> headers;
    private final String description;

    private TableFile(Path path, CsvReading.Format csv, List<SourceRow> zone, int headerLine, List<String> headers,
                      String description) {
        this.path = path.toString();
        this.csv = csv;
        this.zoneCells = zone == null ? null : zone.stream().map(SourceRow::cells).toArray(String[][]::new);
        this.zoneLines = zone == null ? null : zone.stream().mapToInt(SourceRow::line).toArray();
        this.headerLine = headerLine;
        this.headers = List.copyOf(headers);
        this.description = description;
    }

    /** XLSX or CSV, told apart by their bytes rather than their name; the header found among the first lines. */
    public static TableFile open(String fileName, Path file, ImportTarget target) throws UnreadableFileException {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new UnreadableFileException("import.file.empty", null);
            }
            if (size > ImportLimits.MAX_BYTES) {
                throw new UnreadableFileException("import.file.tooLarge", null);
            }
            byte[] head = new byte[8];
            int n;
            try (var in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            if (n > 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                TableFile zoneOnly = new TableFile(file, null, XlsxReading.headerZone(file), 0, List.of(), "XLSX");
                return zoneOnly.withHeader(target);
            }
            if (name.endsWith(".xls") || n > 1 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF) {
                throw new UnreadableFileException("import.file.oldExcel", null);
            }
            CsvReading.Format format = CsvReading.sniff(file);
            return new TableFile(file, format, null, 0, List.of(), "CSV, " + format.description()).withHeader(target);
        } catch (IOException e) {
            throw new UnreadableFileException("import.file.gone", null);
        }
    }

    /** This file with its header: the line among the first non-blank ones that names the most fields. */
    private TableFile withHeader(ImportTarget target) throws UnreadableFileException {
        List<SourceRow> first = new ArrayList<>();
        forEachLine(row -> {
            if (!row.isBlank()) {
                first.add(row);
            }
            return first.size() < HeaderFinder.LOOKAHEAD;
        });
        SourceRow header = HeaderFinder.header(first, target);
        List<SourceRow> zone = zoneCells == null ? null : zone();
        return new TableFile(path(), csv, zone, header.line(), HeaderFinder.headers(header.cells()), description);
    }

    /** The data lines below the header, blank ones left out, in order; the sink may stop early. */
    public void forEachRow(RowSink sink) throws UnreadableFileException {
        forEachLine(row -> row.line() <= headerLine || row.isBlank() || sink.row(row));
    }

    private void forEachLine(RowSink sink) throws UnreadableFileException {
        if (!Files.isRegularFile(path())) {
            throw new UnreadableFileException("import.file.gone", null);
        }
        if (csv != null) {
            CsvReading.read(path(), csv, sink);
        } else {
            XlsxReading.read(path(), zone(), sink);
        }
    }

    private List<SourceRow> zone() {
        List<SourceRow> rows = new ArrayList<>(zoneLines.length);
        for (int i = 0; i < zoneLines.length; i++) {
            rows.add(new SourceRow(zoneLines[i], zoneCells[i]));
        }
        return rows;
    }

    /** Every data line in memory: for small files and tests only. */
    public Tabular readAll() throws UnreadableFileException {
        List<SourceRow> rows = new ArrayList<>();
        forEachRow(rows::add);
        return new Tabular(headers, rows, description);
    }

    public Path path() {
        return Path.of(path);
    }

    public List<String> headers() {
        return headers;
    }

    public String description() {
        return description;
    }
}
