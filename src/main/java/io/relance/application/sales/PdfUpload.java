package io.relance.application.sales;

import io.relance.domain.contact.Problem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A PDF the agency uploads as its quote or proposal. It is checked before anything is kept: a file
 * that merely ends in ".pdf", a protected one or one PDFBox cannot open would reach prospects as a
 * broken attachment, and an attachment of more than 5 MB is refused by many mail servers.
 */
public record PdfUpload(String fileName, byte[] content) implements Serializable {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    /** Nothing, or the one thing wrong with the file (on the field "pdf"). */
    public List<Problem> problems() {
        if (content == null || content.length == 0) {
            return List.of(new Problem("pdf", "sales.pdf.empty", name()));
        }
        if (content.length > MAX_BYTES) {
            return List.of(new Problem("pdf", "sales.pdf.tooBig", String.format(Locale.FRANCE, "%.1f", content.length / 1048576.0)));
        }
        if (!hasMagic()) {
            return List.of(new Problem("pdf", "sales.pdf.notPdf", name()));
        }
        try (PDDocument doc = Loader.loadPDF(content)) {
            if (doc.getNumberOfPages() == 0) {
                return List.of(new Problem("pdf", "sales.pdf.unreadable", name()));
            }
        } catch (InvalidPasswordException e) {
            return List.of(new Problem("pdf", "sales.pdf.protected", name()));
        } catch (IOException | RuntimeException e) {
            return List.of(new Problem("pdf", "sales.pdf.unreadable", name()));
        }
        return List.of();
    }

    /** The name the prospect's attachment will have: the uploaded one, made safe. */
    public String name() {
        String base = fileName == null ? "" : fileName.replace('\\', '/');
        return SalesPdf.fileName(base.substring(base.lastIndexOf('/') + 1));
    }

    /** "%PDF-" within the first kilobyte, where readers look for it (some writers put bytes before). */
    private boolean hasMagic() {
        int end = Math.min(content.length - MAGIC.length, 1024);
        for (int i = 0; i <= end; i++) {
            int j = 0;
            while (j < MAGIC.length && content[i + j] == MAGIC[j]) {
                j++;
            }
            if (j == MAGIC.length) {
                return true;
            }
        }
        return false;
    }
}
