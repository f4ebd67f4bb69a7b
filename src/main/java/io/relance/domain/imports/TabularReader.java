package io.relance.domain.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a small file given as bytes whole, as a table; large files are read line by line through {@link TableFile}. */
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
        Path file = null;
        try {
            file = Files.createTempFile("relance-import", ".tmp");
            Files.write(file, bytes);
            return TableFile.open(fileName, file, target).readAll();
        } catch (IOException e) {
            throw new UnreadableFileException("import.file.gone", null);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temp file left behind is the OS's to clean, not a reason to fail the read
                }
            }
        }
    }
}
