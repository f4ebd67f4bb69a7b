package io.relance.application.sales;

import io.relance.domain.contact.Problem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An uploaded PDF is kept only if a prospect can open it: really a PDF, readable, 5 MB at most. */
class PdfUploadTest {

    private static final byte[] VALID = SalesPdf.write("Devis", "Texte", "Agence", LocalDate.of(2026, 11, 23), Locale.FRENCH);

    @Test
    void aRealPdfIsAcceptedUnderASafeName() {
        PdfUpload upload = new PdfUpload("C:\\Users\\léa\\Devis 2026.pdf", VALID);
        assertEquals(List.of(), upload.problems());
        assertEquals("Devis 2026.pdf", upload.name(), "the browser's path is not part of the name");
    }

    @Test
    void aFileNamedPdfThatIsNotOneIsRefusedByName() {
        List<Problem> problems = new PdfUpload("devis.pdf", "PK\u0003\u0004 a Word file".getBytes(StandardCharsets.ISO_8859_1)).problems();
        assertEquals(List.of(new Problem("pdf", "sales.pdf.notPdf", "devis.pdf")), problems);
    }

    @Test
    void aTruncatedPdfIsUnreadable() {
        byte[] half = Arrays.copyOf(VALID, 40);
        assertEquals("sales.pdf.unreadable", new PdfUpload("devis.pdf", half).problems().get(0).key());
    }

    @Test
    void moreThanFiveMegabytesIsRefusedWithTheSizeAndNothingIsRead() {
        byte[] big = Arrays.copyOf(VALID, PdfUpload.MAX_BYTES + 1);
        List<Problem> problems = new PdfUpload("gros.pdf", big).problems();
        assertEquals(List.of(new Problem("pdf", "sales.pdf.tooBig", "5,0")), problems);
        assertTrue(new PdfUpload("vide.pdf", new byte[0]).problems().get(0).key().equals("sales.pdf.empty"));
    }
}
