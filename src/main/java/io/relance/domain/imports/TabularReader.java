package io.relance.domain.imports;

import java.util.Locale;

/** Reads an uploaded file as a table, XLSX or CSV, told apart by their bytes rather than their name. */
public final class TabularReader {

    private TabularReader() {
    }

    public static Tabular read(String fileName, byte[] bytes, ImportTarget target) throws UnreadableFileException {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableFileException("import.file.empty", null);
        }
        if (bytes.length > ImportLimits.MAX_BYTES) {
            throw new UnreadableFileException("import.file.tooLarge", null);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip = bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        if (zip) {
            return HeaderFinder.split(XlsxReading.read(bytes), target, "XLSX");
        }
        if (name.endsWith(".xls") || bytes.length > 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF) {
            throw new UnreadableFileException("import.file.oldExcel", null);
        }
        StringBuilder description = new StringBuilder("CSV, ");
        return HeaderFinder.split(CsvReading.read(bytes, description), target, description.toString());
    }
}
