package io.relance.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.relance.application.sales.SalesPdf;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "Devis et propositions" page's own requests, as its buttons send them (a chef de projet's
 * bearer token instead of the login page): a new proposal, its document switched to an uploaded
 * PDF, a file that is not a PDF refused with everything typed still there, then a real PDF saved.
 * Runs on any port (no Keycloak redirect); the browser walkthrough is the browser ITs' job.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SalesPageIT {

    private static final String PAGE = "/app/agence/offres.xhtml";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
    private String token;
    private String viewState;
    /** The page's CSP nonce, which PrimeFaces' script posts back with every form. */
    private String nonce;

    @Test
    void aRefusedUploadKeepsWhatWasTypedAndARealPdfIsSaved() throws Exception {
        token = Tokens.accessToken("chef@agence-demo.fr", RoleAccessIT.PASSWORD);
        HttpResponse<String> opened = send(get(PAGE));
        nonce = WebSession.nonce(opened).orElseThrow(() -> new AssertionError("no CSP nonce on the page"));
        Document page = Jsoup.parse(opened.body());
        viewState = page.select("input[name=jakarta.faces.ViewState]").first().val();

        ajax("list", "list:newProposal", "list:newProposal", "form", Map.of("list:newProposal", "list:newProposal"));
        String partial = ajax("form", "form:source", "form:source", "form:document", Map.of("form:source", "UPLOADED"));
        assertTrue(partial.contains("type=\"file\""), "the upload field replaces the document's text: " + partial);

        String name = "Plaquette page " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> typed = new LinkedHashMap<>(Map.of("form:name", name, "form:emailSubject", "Pour {societe}",
                "form:emailBody", "Bonjour {prenom},\n\nNotre plaquette ci-jointe.", "form:source", "UPLOADED"));
        Document refused = Jsoup.parse(save(typed, "devis.pdf", "PK\u0003\u0004 un document Word".getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(refused.text().contains("« devis.pdf » n'est pas un PDF"), refused.text());
        assertEquals(name, refused.getElementById("form:name").val(), "what was typed is still there");
        assertEquals("Bonjour {prenom},\n\nNotre plaquette ci-jointe.", refused.getElementById("form:emailBody").text());
        assertTrue(refused.getElementById("form-title").text().contains("Nouvelle proposition"));
        assertFalse(names().contains(name), "nothing saved");

        byte[] pdf = SalesPdf.write("Plaquette", "Notre offre.", "Agence Démo", LocalDate.of(2026, 1, 5), Locale.FRENCH);
        Document saved = Jsoup.parse(save(typed, "Plaquette.pdf", pdf));
        assertTrue(saved.text().contains("« " + name + " » enregistré"), saved.text());
        assertTrue(saved.getElementById("form:pdf-current").text().startsWith("Plaquette.pdf ("),
                "the form now shows the kept file: " + saved.getElementById("form:pdf-current"));
        JsonNode row = row(name);
        assertEquals("UPLOADED", row.get("source").asText());
        assertArrayEquals(pdf, send(HttpRequest.newBuilder(URI.create(Deployments.appUrl() + "/api/sales-templates/"
                + row.get("id").asLong() + "/document.pdf")), HttpResponse.BodyHandlers.ofByteArray()).body());
        assertEquals(204, send(post("/api/sales-templates/" + row.get("id").asLong() + "/archive", "application/json",
                new byte[0])).statusCode(), "the demo agency keeps its own proposals only");
    }

    /** What PrimeFaces and Faces send for an ajax button or an f:ajax: the partial response. */
    private String ajax(String form, String source, String execute, String render, Map<String, String> values) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", execute);
        fields.put("jakarta.faces.partial.render", render);
        fields.put(form, form);
        fields.putAll(values);
        fields.put("jakarta.faces.ViewState", viewState);
        fields.put("primefaces.nonce", nonce);
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> response = send(post(PAGE, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8))
                .header("Faces-Request", "partial/ajax"));
        assertEquals(200, response.statusCode(), response.body());
        assertFalse(response.body().contains("<error>"), response.body());
        return response.body();
    }

    /** The save button, a full multipart post with the file, as the page's form sends it. */
    private String save(Map<String, String> values, String fileName, byte[] file) throws Exception {
        String boundary = "----relance" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>(values);
        fields.put("form", "form");
        fields.put("form:save", "");
        fields.put("jakarta.faces.ViewState", viewState);
        fields.put("primefaces.nonce", nonce);
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue()
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"form:pdf\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(post(PAGE, "multipart/form-data; boundary=" + boundary, body.toByteArray()));
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private java.util.List<String> names() throws Exception {
        java.util.List<String> names = new java.util.ArrayList<>();
        JSON.readTree(Tokens.get("/api/sales-templates", token).body()).forEach(t -> names.add(t.get("name").asText()));
        return names;
    }

    private JsonNode row(String name) throws Exception {
        for (JsonNode t : JSON.readTree(Tokens.get("/api/sales-templates", token).body())) {
            if (t.get("name").asText().equals(name)) {
                return t;
            }
        }
        throw new AssertionError(name + " not saved");
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(Deployments.appUrl() + path)).GET();
    }

    private HttpRequest.Builder post(String path, String type, byte[] body) {
        return HttpRequest.newBuilder(URI.create(Deployments.appUrl() + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) throws Exception {
        return http.send(request.header("Authorization", "Bearer " + token).header("Accept-Language", "fr-FR").build(), handler);
    }
}
