package io.relance.domain.mail;

import io.relance.domain.contact.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReleaseEmailTest {

    private static final Map<String, String> MARC = Map.of("prenom", "Marc", "nom", "Bravo", "sujet", "Collection d'hiver",
            "appelant", "Léa", "agence", "Agence Démo");

    @Test
    void rendersTheVariablesAndKeepsTheParagraphs() {
        ReleaseEmail e = new ReleaseEmail("{sujet} — pour {prenom}", "Bonjour {prenom} {nom},\n\nLe communiqué.\n  Visuels :  ici\n\n{appelant}, {agence}", true);
        assertEquals("Collection d'hiver — pour Marc", e.subjectFor(MARC));
        assertEquals("Bonjour Marc Bravo,\n\nLe communiqué.\nVisuels : ici\n\nLéa, Agence Démo", e.bodyFor(MARC));
    }

    @Test
    void aSubjectStaysOnOneLineWhateverWasTyped() {
        assertEquals("Objet Bcc: x@y.fr", new ReleaseEmail("Objet\r\nBcc: x@y.fr", "x", false).subjectFor(MARC));
    }

    @Test
    void subjectAndTextAreRequiredOnlyToSendAtLaunch() {
        assertTrue(new ReleaseEmail(null, null, false).problems().isEmpty(), "nothing written, nothing sent: fine");
        assertEquals(List.of("mail.subject.required", "mail.body.required"),
                new ReleaseEmail(" ", "", true).problems().stream().map(Problem::key).toList());
        assertFalse(new ReleaseEmail("s", null, false).isWritten());
        assertTrue(new ReleaseEmail("s", "b", false).isWritten());
    }

    @Test
    void refusesUnknownVariablesAndTooLongTexts() {
        List<Problem> problems = new ReleaseEmail("{sujet} {date}", "x".repeat(ReleaseEmail.BODY_MAX + 1) + " {prénom}", true).problems();
        assertEquals(List.of("body:mail.body.long", "subject:mail.variable.unknown", "body:mail.variable.unknown"),
                problems.stream().map(p -> p.field() + ":" + p.key()).toList());
        assertEquals("{date}", problems.get(1).value());
        assertEquals("subject:mail.subject.long", new ReleaseEmail("s".repeat(201), "b", true).problems().stream()
                .map(p -> p.field() + ":" + p.key()).findFirst().orElseThrow());
    }
}
