package io.relance.application.sales;

import io.relance.application.bilan.export.PdfCanvas;
import io.relance.application.common.Texts;
import io.relance.application.mail.Attachment;
import io.relance.domain.contact.PhoneNumbers;
import io.relance.domain.sales.SalesTemplate;
import io.relance.domain.sales.SalesValues;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * A generated quote or proposal: a portrait A4 letter with the agency's name and the date at the
 * top, the title, then the text with its paragraphs (already rendered for the prospect), on as many
 * pages as it takes; each page's footer names the agency and the document. The bilan's canvas
 * draws it, with the same embedded font: any name prints.
 */
public final class SalesPdf {

    public static final String PDF = "application/pdf";

    private SalesPdf() {
    }

    /**
     * The document a prospect receives: the uploaded PDF as it is, or one generated now with their
     * name, dated the agency's today.
     */
    public static Attachment attachment(SalesTemplate t, Prospect p, SalesValues values, Instant now) {
        if (t.hasPdf()) {
            return new Attachment(t.getPdfName() == null ? fileName(t.getName()) : t.getPdfName(), PDF, t.getPdf());
        }
        String title = values.line(t.getDocTitle() == null ? t.getName() : t.getDocTitle());
        LocalDate day = now.atZone(PhoneNumbers.zoneOfRegion(p.agencyCountry())).toLocalDate();
        byte[] pdf = write(title, values.text(t.getDocBody()), p.agencyName(), day,
                Locale.forLanguageTag(p.agencyLocale() == null ? "fr" : p.agencyLocale()));
        return new Attachment(fileName(title), PDF, pdf);
    }

    public static byte[] write(String title, String text, String agency, LocalDate day, Locale locale) {
        Texts texts = new Texts(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfCanvas pdf = new PdfCanvas(true)) {
            pdf.paragraph(agency, 11, true, PdfCanvas.ACCENT);
            pdf.paragraph(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(texts.locale()).format(day), 9.5f, false,
                    PdfCanvas.MUTED);
            pdf.space(24);
            pdf.paragraph(title, 18, true, PdfCanvas.INK);
            pdf.space(12);
            for (String line : text.split("\\R", -1)) {
                if (line.isBlank()) {
                    pdf.space(7); // a blank line separates paragraphs
                } else {
                    pdf.paragraph(line, 10.5f, false, PdfCanvas.INK);
                }
            }
            pdf.save(out, agency + " · " + title, (page, pages) -> texts.text("sales.pdf.page", page, pages));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: only a PDFBox fault gets here
        }
        return out.toByteArray();
    }

    /**
     * A file name made of the document's title: letters, digits and a few signs, accents kept (the
     * email encodes them), never a path; ".pdf" at the end.
     */
    public static String fileName(String title) {
        String base = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFC)
                .replaceAll("(?i)\\.pdf$", "")
                .replaceAll("[\\u2013\\u2014]", "-")
                .replaceAll("[^\\p{L}\\p{N} ._()'-]", " ")
                .replaceAll("\\s+", " ").strip();
        base = base.replaceAll("^[.\\s]+", "");
        if (base.length() > 120) {
            base = base.substring(0, 120).strip();
        }
        return (base.isEmpty() ? "document" : base) + ".pdf";
    }
}
