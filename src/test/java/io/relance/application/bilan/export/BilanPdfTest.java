package io.relance.application.bilan.export;

import io.relance.application.bilan.Bilan;
import io.relance.application.bilan.BilanFixture;
import io.relance.application.bilan.BilanLine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF, opened again with PDFBox: the numbers and names a reader looks for are in its text. */
class BilanPdfTest {

    /** The French PDF of the fixture, made and read once: 42 pages take a few seconds on a busy machine. */
    private static String french;
    private static int frenchPages;

    @BeforeAll
    static void renderFrench() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(new BilanFixture(), Locale.FRENCH))) {
            french = text(pdf);
            frenchPages = pdf.getNumberOfPages();
        }
    }

    @Test
    void theFrenchPdfShowsTheFunnelTheTablesEveryContactAndTheCoverage() {
        assertTrue(frenchPages > 20, "1,234 contacts run over many pages: " + frenchPages);
        for (String expected : new String[]{"Agence Démo & Fils", "Bilan — Soirée presse du Festival « Jazz en Seine » ?",
                "Client : Ville de Paris", "Invitation à un événement", "Bilan final",
                "Contacts relancés 1234", "Appels 3457", "Décroches (32 %) 1111", "Oui 211", "Non 122", "Plus tard 33",
                "Inscriptions / décisions 49", "Retombées 2",
                "Créneau 1 (matin) 20 % (10/50)", "Rappels programmés 100 % (7/7)",
                "Par appelant", "Par créneau", "Par périodicité", "Quotidien", "Par contact",
                "Contact0001 Nom", "Contact1233 Nom", "Total 3457 1111", "Retombées (2)", "Les festivals de l'automne",
                "Page 1 sur " + frenchPages, "Sans coordonnées ni notes des contacts."}) {
            assertTrue(french.contains(expected), expected + " in\n" + french.substring(0, 3000));
        }
        assertTrue(french.contains("1234 3457 66 1111 32 % 211 122 33 49 1023 696"), "the odd caller's line, every number");
        assertTrue(french.matches("(?s).*Généré le 24 nov\\. 2026,? 10:15.*"), "computed at 09:15 UTC, shown in Paris time");
    }

    @Test
    void aNameNoFontCanPrintNeverBreaksTheFile() {
        // Latin, Nordic and French typography print as they are; a Chinese character and an emoji become "?"
        assertTrue(french.contains("Zoë Ørsted ? ? œ’ x"), french.substring(0, 3000));
        String flat = french.replaceAll("\\s+", "");
        assertTrue(flat.contains(BilanFixture.LONG_TITLE.replace("🎷", "?").replaceAll("\\s+", "")),
                "a title longer than a line is wrapped, not cut");
        assertFalse(french.contains("\u0000"));
    }

    @Test
    void theEnglishPdfSpeaksEnglishAndReadsEachContactPageOnce() throws IOException {
        BilanFixture fixture = new BilanFixture();
        try (PDDocument pdf = Loader.loadPDF(render(fixture, Locale.forLanguageTag("en-GB")))) {
            String text = text(pdf);
            for (String expected : new String[]{"Final report", "Generated on", "Calls 3457", "Pick-ups (32%) 1111",
                    "Per caller", "Per contact", "Coverage (2)", "Client: Ville de Paris", "Page 2 of "}) {
                assertTrue(text.contains(expected), expected);
            }
        }
        assertEquals(3, fixture.pagesRead.get(), "1,234 contacts in pages of 500");
    }

    @Test
    void aCampaignNotYetLaunchedStillGivesThreeFiles() throws IOException {
        Bilan empty = new Bilan(7, "Brouillon", "Client", false, null, new BilanLine("total"), List.of(), List.of(), List.of());
        BilanReport report = new BilanReport(null, empty, null, null, null, null, null, Locale.FRENCH, null);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        BilanPdf.write(report, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            String text = text(doc);
            assertTrue(text.contains("En direct") && text.contains("Contacts relancés 0") && text.contains("Total 0 0"), text);
            assertTrue(text.contains("Aucune retombée enregistrée pour cette campagne."), text);
        }
        BilanXlsx.write(report, new ByteArrayOutputStream());
        BilanCsv.write(report, new ByteArrayOutputStream());
    }

    static byte[] render(BilanFixture fixture, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BilanPdf.write(fixture.report(locale), out);
        return out.toByteArray();
    }

    static String text(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(pdf).replace('\u00a0', ' ');
    }
}
