package io.relance.application.imports;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The import wizard's files with two nodes (issue 20): in the folder both nodes share when one is set,
 * and a file no longer there is seen as gone (the wizard then asks for it again) instead of failing.
 */
class ImportFilesTest {

    @AfterEach
    void noSharedFolder() {
        System.clearProperty("relance.imports.dir");
    }

    @Test
    void anUploadLandsInTheSharedFolderWhenOneIsSet(@TempDir Path shared) {
        System.setProperty("relance.imports.dir", shared.toString());
        Path file = ImportFiles.receive(new ByteArrayInputStream("nom;email\n".getBytes(StandardCharsets.UTF_8)), 10L);
        assertEquals(shared.toAbsolutePath(), file.toAbsolutePath().getParent(), "the other node finds it there");
        assertTrue(ImportFiles.present(file));
        ImportFiles.delete(file);
    }

    @Test
    void aFileLeftOnAnotherNodeIsSeenAsGone(@TempDir Path shared) throws Exception {
        System.setProperty("relance.imports.dir", shared.toString());
        Path file = ImportFiles.of("nom;email\n".getBytes(StandardCharsets.UTF_8));
        Files.delete(file); // the node that received it had its own temp folder
        assertFalse(ImportFiles.present(file));
        assertFalse(ImportFiles.present((Path) null));
    }
}
