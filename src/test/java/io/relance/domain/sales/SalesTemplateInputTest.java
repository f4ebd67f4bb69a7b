package io.relance.domain.sales;

import io.relance.domain.contact.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a prospect reads of a template, and what the form refuses, field by field. */
class SalesTemplateInputTest {

    private static final SalesValues ZOE = new SalesValues("Zoé", "Alpha", "Le Journal de l'Éco", "Sam", "Agence Mél & Co");

    @Test
    void everyVariableTakesTheProspectsValueLinesAndParagraphsStay() {
        assertEquals("Devis pour Le Journal de l'Éco — Agence Mél & Co", ZOE.line("Devis pour {societe} — {agence}"));
        assertEquals("Bonjour Zoé Alpha,\n\nVoici le devis de Le Journal de l'Éco.\n\nSam", ZOE.text(
                "Bonjour {prenom} {nom},\n\nVoici le devis de {SOCIETE}.\n  \n{appelant}"),
                "variables in capitals too; the blank lines make the paragraphs");
        assertEquals("Objet Bcc: x@y.fr", ZOE.line("Objet\r\nBcc: x@y.fr"), "a subject stays on one line");
        SalesValues noCompany = new SalesValues("Marc", "Bravo", null, null, "Agence");
        assertEquals("Bonjour Marc, de la part de Agence.", noCompany.line("Bonjour {prenom}, {societe} de la part de {appelant} {agence}."),
                "an empty value leaves no double space");
    }

    @Test
    void aGeneratedDocumentNeedsItsTitleAndTextAnUploadedOneItsPdf() {
        SalesTemplateInput generated = new SalesTemplateInput("Devis", "Votre devis", "Bonjour {prenom}", DocumentSource.GENERATED, " ", null);
        assertEquals(List.of("docTitle:sales.docTitle.required", "docBody:sales.docBody.required"), keys(generated.problems(false)));
        SalesTemplateInput uploaded = new SalesTemplateInput("Devis", "Votre devis", "Bonjour", DocumentSource.UPLOADED, null, null);
        assertEquals(List.of("pdf:sales.pdf.required"), keys(uploaded.problems(false)));
        assertTrue(uploaded.problems(true).isEmpty(), "the PDF kept (or just uploaded) is enough");
    }

    @Test
    void missingLongAndUnknownVariablesAreRefusedOnTheirField() {
        SalesTemplateInput input = new SalesTemplateInput("", "Pour {sujet}", "x".repeat(SalesTemplateInput.TEXT_MAX + 1), null, null,
                "{delai}");
        assertEquals(List.of("name:sales.name.required", "emailBody:sales.text.long", "source:sales.source.required",
                "emailSubject:sales.variable.unknown", "docBody:sales.variable.unknown"), keys(input.problems(false)));
        assertEquals("{sujet}", input.problems(false).stream().filter(p -> p.field().equals("emailSubject")).findFirst().orElseThrow().value(),
                "the message names the variable");
    }

    @Test
    void aCleanedInputIsTrimmedAndAnEmptyDocumentTextIsNone() {
        SalesTemplateInput clean = new SalesTemplateInput("  Devis ", " Objet ", " Texte ", DocumentSource.UPLOADED, "  ", "").cleaned();
        assertEquals(new SalesTemplateInput("Devis", "Objet", "Texte", DocumentSource.UPLOADED, null, null), clean);
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.key()).toList();
    }
}
