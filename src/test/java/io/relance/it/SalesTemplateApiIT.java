package io.relance.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.relance.application.sales.SalesPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sales templates' API with the demo agency's bearer tokens: its standard quote (generated in a
 * sample prospect's name) and two proposals; a proposal uploaded, changed and archived; refused
 * values answered 422 with their message keys; a stagiaire 403, an unknown id 404.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SalesTemplateApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void theDemoAgencysQuoteAndProposalsAreItsChefsToReadChangeAndArchive() throws Exception {
        String chef = Tokens.accessToken("chef@agence-demo.fr", RoleAccessIT.PASSWORD);
        String stagiaire = Tokens.accessToken("stagiaire@agence-demo.fr", RoleAccessIT.PASSWORD);
        assertEquals(403, Tokens.get("/api/sales-templates", stagiaire).statusCode(), "a stagiaire reads nothing here");

        List<String> names = names(Tokens.get("/api/sales-templates", chef));
        assertEquals("Devis standard", names.get(0), "the quote first: " + names);
        assertTrue(names.containsAll(List.of("Proposition courte — lancement presse", "Proposition courte — salon")), names.toString());
        long quote = JSON.readTree(Tokens.get("/api/sales-templates", chef).body()).get(0).get("id").asLong();
        HttpResponse<byte[]> document = pdf(quote, chef);
        assertEquals(200, document.statusCode());
        assertTrue(document.headers().firstValue("Content-Disposition").orElse("").contains("Devis standard"));
        try (PDDocument doc = Loader.loadPDF(document.body())) {
            String text = new PDFTextStripper().getText(doc);
            for (String expected : new String[]{"Agence Démo", "Devis standard — Société Exemple", "Camille Durand", "30 jours"}) {
                assertTrue(text.contains(expected), expected + " in the sample quote:\n" + text);
            }
        }
        assertEquals(403, pdf(quote, stagiaire).statusCode());

        HttpResponse<String> refused = Tokens.postJson("/api/sales-templates", chef, JSON.writeValueAsString(Map.of("kind", "PROPOSAL",
                "name", " ", "emailSubject", "Objet", "emailBody", "Texte", "source", "UPLOADED", "pdfName", "devis.pdf",
                "pdfBase64", Base64.getEncoder().encodeToString("pas un PDF".getBytes()))));
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("sales.name.required") && refused.body().contains("sales.pdf.notPdf"), refused.body());
        assertEquals(names.size(), names(Tokens.get("/api/sales-templates", chef)).size(), "nothing was created");

        byte[] brochure = SalesPdf.write("Plaquette API", "Texte", "Agence Démo", LocalDate.of(2026, 1, 5), Locale.FRENCH);
        String proposal = JSON.writeValueAsString(Map.of("kind", "PROPOSAL", "name", "Plaquette API", "emailSubject", "Pour {societe}",
                "emailBody", "Bonjour {prenom}", "source", "UPLOADED", "pdfName", "Plaquette API.pdf",
                "pdfBase64", Base64.getEncoder().encodeToString(brochure)));
        assertEquals(403, Tokens.postJson("/api/sales-templates", stagiaire, proposal).statusCode());
        HttpResponse<String> created = Tokens.postJson("/api/sales-templates", chef, proposal);
        assertEquals(201, created.statusCode(), created.body());
        long id = JSON.readTree(created.body()).get("id").asLong();
        assertArrayEquals(brochure, pdf(id, chef).body(), "an uploaded document is the file itself");

        HttpResponse<String> updated = Tokens.putJson("/api/sales-templates/" + id, chef, JSON.writeValueAsString(Map.of("name",
                "Plaquette API (2)", "emailSubject", "Pour {societe}", "emailBody", "Bonjour {prenom}", "source", "UPLOADED")));
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("Plaquette API (2)", JSON.readTree(updated.body()).get("name").asText());
        assertArrayEquals(brochure, pdf(id, chef).body(), "an update without a file keeps the PDF");

        assertEquals(204, Tokens.postJson("/api/sales-templates/" + id + "/archive", chef, "").statusCode());
        assertFalse(names(Tokens.get("/api/sales-templates", chef)).contains("Plaquette API (2)"));
        assertTrue(names(Tokens.get("/api/sales-templates?archived=true", chef)).contains("Plaquette API (2)"));
        assertEquals(422, Tokens.postJson("/api/sales-templates/" + quote + "/archive", chef, "").statusCode(),
                "the standard quote is never archived");
        assertEquals(404, Tokens.get("/api/sales-templates/999999999", chef).statusCode());
    }

    @Test
    void thePageOpensOnTheStandardQuoteWithTheProposalsBelowForChefsNotStagiaires() throws Exception {
        String chef = Tokens.accessToken("chef@agence-demo.fr", RoleAccessIT.PASSWORD);
        HttpResponse<String> page = page("/app/agence/offres.xhtml", chef);
        assertEquals(200, page.statusCode(), page.body());
        String html = page.body();
        assertTrue(html.contains("id=\"form-title\">Devis standard</h2>"), "the quote's form first: " + html);
        assertTrue(html.contains("value=\"Votre devis — {agence}\""), "the quote's subject to edit");
        assertTrue(html.contains("Votre devis — Agence Démo"), "its live preview, rendered for a sample prospect");
        assertTrue(html.contains("Proposition courte — lancement presse") && html.contains("Proposition courte — salon"),
                "the proposals' list");
        assertTrue(html.contains("id=\"form:save\""));
        String stagiaire = Tokens.accessToken("stagiaire@agence-demo.fr", RoleAccessIT.PASSWORD);
        assertEquals(403, page("/app/agence/offres.xhtml", stagiaire).statusCode());
        String directeur = Tokens.accessToken("directeur@agence-demo.fr", RoleAccessIT.PASSWORD);
        assertTrue(page("/app/agence/team.xhtml", directeur).body().contains("id=\"go-offres\""), "reached from the team page");
        assertTrue(page("/app/campagnes/list.xhtml", chef).body().contains("id=\"offres\""), "and from the campaigns");
    }

    private static HttpResponse<String> page(String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.appUrl() + path)).header("Authorization", "Bearer " + token)
                .header("Accept-Language", "fr-FR").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> names(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        List<String> names = new ArrayList<>();
        for (JsonNode t : JSON.readTree(response.body())) {
            names.add(t.get("name").asText());
        }
        return names;
    }

    private static HttpResponse<byte[]> pdf(long id, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.appUrl() + "/api/sales-templates/" + id + "/document.pdf"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
