package io.relance.application.imports;

import io.relance.domain.imports.ImportLimits;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where an uploaded file and its spooled plan wait between the wizard's steps: a folder of the
 * server's temp directory, under random names (a name from the request never reaches the disk).
 * The import, the wizard's restart and the end of its view delete them; whatever a crash or a
 * closed tab leaves behind is swept a day later, when the next upload arrives.
 * <p>
 * With two nodes, the wizard's next step may reach the other node (the first one died or is being
 * redeployed): set {@code relance.imports.dir} (system property) or {@code RELANCE_IMPORTS_DIR} to a
 * folder both nodes share, else the wizard finds the file missing and asks for it again
 * ({@link #present}), nothing being imported from half a file.
 */
public final class ImportFiles {

    /** Longer than any session and any import: older files belong to no one. */
    static final Duration STALE = Duration.ofHours(24);
    private static final long SWEEP_EVERY_MS = Duration.ofMinutes(10).toMillis();
    private static final AtomicLong LAST_SWEEP = new AtomicLong();
    private static final Logger LOG = Logger.getLogger(ImportFiles.class.getName());

    private ImportFiles() {
    }

    /**
     * The posted file, copied to a new temp file up to the import limit and no further: an announced
     * size over it is refused before a byte is read, a longer body as soon as it crosses it.
     */
    public static Path receive(InputStream body, Long announced) {
        if (announced != null && announced > ImportLimits.MAX_BYTES) {
            throw new ImportFileException("import.file.tooLarge", null);
        }
        sweep();
        Path file = create("upload-");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = read(body, buffer)) > 0) {
                total += n;
                if (total > ImportLimits.MAX_BYTES) {
                    throw new ImportFileException("import.file.tooLarge", null);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
        return file;
    }

    /** A small file given whole (an in-server caller, a test), on disk like an upload. */
    public static Path of(byte[] bytes) {
        if (bytes.length > ImportLimits.MAX_BYTES) {
            throw new ImportFileException("import.file.tooLarge", null);
        }
        Path file = create("upload-");
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        }
    }

    private static int read(InputStream body, byte[] buffer) {
        try {
            return body == null ? -1 : body.read(buffer);
        } catch (IOException e) {
            // the server's own cap (max-post-size) cut the body short
            throw new ImportFileException("import.file.tooLarge", null);
        }
    }

    /** A new empty file with a random name in the imports' folder. */
    static Path create(String prefix) {
        try {
            return Files.createTempFile(dir(), prefix, ".tmp");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a path is one of the files this class made (what reads and deletes them takes no other). */
    static boolean isOurs(Path file) {
        return file != null && file.toAbsolutePath().normalize().startsWith(dir().toAbsolutePath().normalize());
    }

    public static void delete(Path... files) {
        for (Path file : files) {
            if (isOurs(file)) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.log(Level.FINE, "Left for the sweep: " + file, e);
                }
            }
        }
    }

    /** Whether the files are still there (a step of the wizard on another node without a shared folder: gone). */
    public static boolean present(Path... files) {
        for (Path file : files) {
            if (file == null || !Files.isRegularFile(file)) {
                return false;
            }
        }
        return true;
    }

    static Path dir() {
        String shared = System.getProperty("relance.imports.dir", System.getenv("RELANCE_IMPORTS_DIR"));
        Path dir = shared != null && !shared.isBlank() ? Path.of(shared)
                : Path.of(System.getProperty("jboss.server.temp.dir", System.getProperty("java.io.tmpdir")), "relance-imports");
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes files older than {@link #STALE}, at most once every ten minutes. */
    static void sweep() {
        long now = System.currentTimeMillis();
        long last = LAST_SWEEP.get();
        if (now - last < SWEEP_EVERY_MS || !LAST_SWEEP.compareAndSet(last, now)) {
            return;
        }
        sweep(Instant.now().minus(STALE));
    }

    static int sweep(Instant olderThan) {
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir(), "*.tmp")) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(olderThan) && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not sweep stale import files", e);
        }
        return deleted;
    }
}
