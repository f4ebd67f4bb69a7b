package io.relance.application.sales;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A generated quote, opened again with PDFBox: what the prospect reads is in its text. */
class SalesPdfTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Test
    void theLetterNamesTheProspectTheCompanyTheAgencyAndTheDateOnOnePage() throws IOException {
        byte[] pdf = SalesPdf.write("Devis standard — Le Journal de l'Éco", "À l'attention de Zoé Ålpha-Nørgaard, Le Journal de l'Éco\n\n"
                + "- Rédaction du communiqué : 650 €\nValidité : 30 jours", "Agence Mél & Co", DAY, Locale.FRENCH);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertEquals(1, doc.getNumberOfPages());
            for (String expected : new String[]{"Agence Mél & Co", "23 novembre 2026", "Devis standard — Le Journal de l'Éco",
                    "Zoé Ålpha-Nørgaard", "Rédaction du communiqué : 650 €", "Validité : 30 jours", "Page 1 sur 1"}) {
                assertTrue(text.contains(expected), expected + " in:\n" + text);
            }
        }
    }

    @Test
    void aLongTextRunsOverSeveralPagesEachWrappedAndNumbered() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            body.append("Paragraphe ").append(i).append(" : une phrase assez longue pour passer à la ligne sur une page A4 portrait, ")
                    .append("avec le nom de Zoé Alpha et de sa société.\n\n");
        }
        byte[] pdf = SalesPdf.write("Proposition", body.toString(), "Agency", DAY, Locale.ENGLISH);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 3, "120 paragraphs: " + pages + " pages");
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Paragraphe 120 :"), "nothing is cut off at the end");
            assertTrue(text.contains("Page " + pages + " of " + pages), "English footer on the last page");
            assertTrue(text.contains("November 23, 2026"), "the date in the agency's language");
        }
    }

    @Test
    void aFileNameIsTheTitleWithoutPathOrOddSigns() {
        assertEquals("Devis standard - Le Journal de l'Éco.pdf", SalesPdf.fileName("Devis standard — Le Journal de l'Éco"));
        assertEquals("etc passwd.pdf", SalesPdf.fileName("../etc/passwd"));
        assertEquals("document.pdf", SalesPdf.fileName("  "));
        assertEquals("Offre.pdf", SalesPdf.fileName("Offre.PDF"));
    }
}
