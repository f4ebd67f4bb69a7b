package io.relance.it;

import io.relance.domain.imports.CraftedXlsx;
import io.relance.domain.imports.ImportLimits;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static io.relance.it.Agencies.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an attacker who signed up a minute ago can post (issue 16 §2, §10): crafted workbooks and
 * CSVs are refused with a reason in the caller's language, the server stays up and a normal
 * import still previews; pages and search text are bounded.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportLimitsIT {

    static final String PASSWORD = "Bornes2026x";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    static String directeur(String prefix) throws Exception {
        return Tokens.accessToken(Agencies.signUp(Agencies.slug(prefix), PASSWORD), PASSWORD);
    }

    /** A file posted for preview, read in {@code language}. */
    static HttpResponse<String> preview(String token, String name, byte[] bytes, String language) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.appUrl() + "/api/imports/preview?target=CONTACTS"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .header("X-File-Name", name).header("Accept", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static void refused(HttpResponse<String> answer, int status, String key, String sentence) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"" + key + "\""), answer.body());
        assertTrue(answer.body().contains(sentence), "a sentence the user can read: " + answer.body());
    }

    @Test
    void craftedFilesAreRefusedWithAReasonAndTheServerStaysHealthy() throws Exception {
        String token = directeur("bornes");

        HttpResponse<String> merged = preview(token, "contacts.xlsx", CraftedXlsx.mergedSheetBomb(), "fr");
        assertEquals(200, merged.statusCode(), "a merge of the whole sheet is read as its data, not expanded: " + merged.body());
        assertTrue(merged.body().contains("marie@x.fr"), merged.body());
        refused(preview(token, "contacts.xlsx", CraftedXlsx.zipBomb(), "en"), 422,
                "import.file.inflated", "This Excel file expands far beyond its size");
        byte[] wide = ("Nom" + ";x".repeat(9_999) + "\nCurie" + ";y".repeat(9_999) + "\n").getBytes(StandardCharsets.UTF_8);
        refused(preview(token, "contacts.csv", wide, "en"), 422, "import.file.tooManyColumns", "Line 1 has more than 200 columns");
        // one byte over the limit, streamed (no length announced): refused as soon as it crosses it
        HttpResponse<String> huge = HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.appUrl() + "/api/imports/preview?target=CONTACTS"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .header("X-File-Name", "contacts.csv").header("Accept", "application/json").header("Accept-Language", "fr")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> letters(ImportLimits.MAX_BYTES + 1L))).build(),
                HttpResponse.BodyHandlers.ofString());
        refused(huge, 413, "import.file.tooLarge", "Le fichier dépasse 300 Mo");

        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + System.getProperty("relance.management.port", "9990") + "/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"UP\""), health.body());

        HttpResponse<String> small = preview(token, "petit.xlsx", CraftedXlsx.small(), "fr");
        assertEquals(200, small.statusCode(), small.body());
        assertTrue(small.body().contains("marie@x.fr"), "a normal workbook still previews: " + small.body());
    }

    @Test
    void pagesAreCappedAndLongSearchTextIsRefused() throws Exception {
        String token = directeur("pages");
        StringBuilder csv = new StringBuilder("Nom;Prénom;Email\n");
        for (int i = 1; i <= 230; i++) {
            csv.append("Nom").append(i).append(";Jo;jo").append(i).append("@x.fr\n");
        }
        String status = ContactsIT.importFile(token, "contacts.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "target=CONTACTS");
        assertEquals(230, number(status, "created"), status);

        String all = Tokens.get("/api/contacts?size=1000000", token).body();
        assertEquals(230, number(all, "total"));
        assertEquals(200, rows(all), "a million rows asked, the cap answered");
        assertEquals(1, rows(Tokens.get("/api/contacts?size=-5", token).body()), "a negative size is one row");
        assertEquals(rows(Tokens.get("/api/contacts?size=20", token).body()), rows(Tokens.get("/api/contacts?first=-100&size=20", token).body()));
        assertTrue(Tokens.get("/api/contacts?first=-100&size=1", token).body().contains("\"lastName\":\"Nom1\""),
                "a negative offset is the first page");

        HttpResponse<String> tooLong = Tokens.get("/api/contacts?q=" + "a".repeat(101), token);
        assertEquals(400, tooLong.statusCode(), tooLong.body());
        assertTrue(tooLong.body().contains("search.tooLong") && tooLong.body().contains("\"q\""), tooLong.body());
        assertEquals(400, Tokens.get("/api/outlets?topic=" + "a".repeat(101), token).statusCode());
        assertEquals(200, Tokens.get("/api/contacts?q=" + "a".repeat(100), token).statusCode(), "100 characters are fine");
    }

    @Test
    void theImportPageSaysWhyACraftedFileIsRefused() throws Exception {
        Path dir = Files.createTempDirectory("bornes");
        Path wide = Files.write(dir.resolve("contacts.csv"),
                ("Nom" + ";x".repeat(9_999) + "\nCurie" + ";y".repeat(9_999) + "\n").getBytes(StandardCharsets.UTF_8));
        Path inflating = Files.write(dir.resolve("journalistes.xlsx"), CraftedXlsx.zipBomb());
        try (Browser browser = new Browser(1400, 1000)) {
            browser.recordFailures(() -> {
                browser.open(Deployments.appUrl() + "/app/home");
                browser.keycloakLogin("chef@agence-demo.fr", RoleAccessIT.PASSWORD);
                browser.open(Deployments.appUrl() + "/app/contacts/import.xhtml");
                browser.waitForText("Importer des contacts ou des médias");

                browser.attach("#upload input[type=file]", wide);
                browser.click("#upload\\:read");
                browser.waitForText("La ligne 1 dépasse 200 colonnes");
                browser.screenshot("import-limits-01-too-wide");

                browser.attach("#upload input[type=file]", inflating);
                browser.click("#upload\\:read");
                browser.waitForText("Ce fichier Excel se décompresse bien au-delà de sa taille");
                browser.screenshot("import-limits-02-zip-bomb");
            });
        }
    }

    /** {@code n} bytes of 'a', made as they are read (the test holds none of them). */
    private static InputStream letters(long n) {
        return new InputStream() {
            private long left = n;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int k = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + k, (byte) 'a');
                left -= k;
                return k;
            }
        };
    }

    private static int rows(String page) {
        return (int) Pattern.compile("\"lastName\"").matcher(page).results().count();
    }
}
