package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import static io.relance.it.Agencies.id;
import static io.relance.it.Agencies.number;
import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an agency shows its clients. A viewer bound to brand X reads X's campaigns only, read-only;
 * brand Y of the same agency and any other agency answer 404; the page and a share link's page
 * never show a contact's phone, email or notes; a revoked link answers 410 and an unknown one 404;
 * a disabled viewer reads nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ClientAccessIT {

    static final String PHONE = "+33612345678";
    static final String EMAIL = "source@fleuve-media.example";
    static final String NOTE = "Note interne : ne jamais citer";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    /** A launched campaign for a new brand, on one new contact; answers {client, campaign}. */
    private static long[] brandWithALaunchedCampaign(String owner, String brand, String mobile) throws Exception {
        long contact = id(Tokens.postJson("/api/contacts", owner, "{\"firstName\":\"Jeanne\",\"lastName\":\"" + brand + "\",\"mobile\":\""
                + mobile + "\",\"email\":\"" + brand.toLowerCase() + "-" + EMAIL + "\",\"notes\":\"" + NOTE + "\","
                + "\"outletName\":\"Le Fleuve\"}").body());
        long client = id(Tokens.postJson("/api/clients", owner, "{\"name\":\"" + brand + "\"}").body());
        long campaign = id(Tokens.postJson("/api/campaigns", owner, "{\"clientId\":" + client + ",\"kind\":\"PRESS_RELEASE\","
                + "\"subject\":\"Lancement " + brand + "\",\"sendDate\":\"" + LocalDate.now() + "\"}").body());
        assertEquals(200, Tokens.postJson("/api/campaigns/" + campaign + "/targets", owner, "{\"ids\":[" + contact + "]}").statusCode());
        HttpResponse<String> launched = Tokens.postJson("/api/campaigns/" + campaign + "/launch", owner, "");
        assertEquals(1, number(launched.body(), "enrolled"), launched.body());
        return new long[]{client, campaign};
    }

    private static void assertNoPrivateData(String html, String where) {
        for (String secret : new String[]{PHONE, "06 12 34 56 78", "0612345678", EMAIL, NOTE, "+33698765432"}) {
            assertFalse(html.contains(secret), where + " shows " + secret);
        }
    }

    @Test
    void aViewerOfOneBrandReadsItsCampaignsOnlyAndShareLinksHoldNoPrivateData() throws Exception {
        String owner = ContactsIT.newAgency("espace");
        long[] x = brandWithALaunchedCampaign(owner, "Marquex", "06 12 34 56 78");
        long[] y = brandWithALaunchedCampaign(owner, "Marquey", "06 98 76 54 32");
        String viewerEmail = "lecteur-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@marquex.example";

        HttpResponse<String> refused = Tokens.postJson("/api/clients/" + x[0] + "/viewers", owner, "{\"email\":\"pas-un-email\"}");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("viewer.email.invalid") && refused.body().contains("viewer.lastName.required"), refused.body());
        HttpResponse<String> invited = Tokens.postJson("/api/clients/" + x[0] + "/viewers", owner, "{\"email\":\"" + viewerEmail
                + "\",\"firstName\":\"Lou\",\"lastName\":\"Lecteur\"}");
        assertEquals(201, invited.statusCode(), invited.body());
        assertTrue(invited.body().contains("temporaryPassword"), invited.body());
        long viewerId = id(invited.body());
        try (KeycloakAdmin keycloak = new KeycloakAdmin()) {
            assertTrue(keycloak.realmRoles(viewerEmail).contains("client"), "a client account, not staff");
            keycloak.setPassword(viewerEmail, ContactsIT.PASSWORD); // as the person does at first login
        }
        String viewer = Tokens.accessToken(viewerEmail, ContactsIT.PASSWORD);

        String mine = Tokens.get("/api/client/campaigns", viewer).body();
        assertTrue(mine.contains("Lancement Marquex") && !mine.contains("Lancement Marquey"), mine);
        HttpResponse<String> page = Tokens.get("/api/client/campaigns/" + x[1], viewer);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("\"targeted\":1"), page.body());
        assertNoPrivateData(page.body(), "the client page (JSON)");
        assertEquals(404, Tokens.get("/api/client/campaigns/" + y[1], viewer).statusCode(), "another brand of the same agency");
        HttpResponse<byte[]> pdf = Tokens.download("/api/client/campaigns/" + x[1] + "/bilan.pdf", viewer);
        assertEquals(200, pdf.statusCode());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("Lancement Marquex"), text);
            assertNoPrivateData(text, "the client's PDF");
        }
        assertEquals(404, Tokens.download("/api/client/campaigns/" + y[1] + "/bilan.pdf", viewer).statusCode(),
                "nor the PDF of another brand");
        long festival = Agencies.demoFestival();
        assertEquals(404, Tokens.get("/api/client/campaigns/" + festival, viewer).statusCode(), "another agency's campaign");

        assertEquals(403, Tokens.postJson("/api/campaigns/" + x[1] + "/coverage", viewer, "{\"title\":\"Non\",\"publishedOn\":\""
                + LocalDate.now() + "\",\"kind\":\"ARTICLE\"}").statusCode(), "read-only: no coverage");
        assertEquals(403, Tokens.get("/api/campaigns/" + x[1] + "/bilan", viewer).statusCode(), "not the agency's own bilan");
        assertEquals(403, Tokens.postJson("/api/campaigns/" + x[1] + "/share-links", viewer, "{\"expiresOn\":\"" + LocalDate.now()
                + "\"}").statusCode());
        assertEquals(403, Tokens.postJson("/api/contacts", viewer, "{\"lastName\":\"Intrus\"}").statusCode());

        WebSession browser = new WebSession();
        browser.login(appUrl() + "/app/client/home.xhtml", viewerEmail, ContactsIT.PASSWORD);
        String html = browser.get(appUrl() + "/app/client/campaign.xhtml?id=" + x[1]).body();
        assertTrue(html.contains("Lancement Marquex") && html.contains("Le Fleuve"), html);
        assertNoPrivateData(html, "the client page (HTML)");
        assertEquals(404, browser.get(appUrl() + "/app/client/campaign.xhtml?id=" + y[1]).statusCode());

        HttpResponse<String> shared = Tokens.postJson("/api/campaigns/" + x[1] + "/share-links", owner, "{\"expiresOn\":\""
                + LocalDate.now().plusDays(7) + "\"}");
        assertEquals(201, shared.statusCode(), shared.body());
        String url = shared.body().replaceAll("(?s).*\"url\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        String token = url.substring(url.indexOf("t=") + 2);
        assertTrue(token.length() >= 40, "an unguessable token: " + token);
        WebSession stranger = new WebSession();
        HttpResponse<String> opened = stranger.get(url);
        assertEquals(200, opened.statusCode());
        assertTrue(opened.body().contains("Lancement Marquex"), opened.body());
        assertNoPrivateData(opened.body(), "the share link's page");
        assertEquals(200, stranger.get(appUrl() + "/api/share/" + token).statusCode());
        assertEquals(2, number(Tokens.get("/api/campaigns/" + x[1] + "/share-links", owner).body(), "opens"), "each opening is counted");
        assertEquals(422, Tokens.postJson("/api/campaigns/" + x[1] + "/share-links", owner, "{\"expiresOn\":\""
                + LocalDate.now().minusDays(1) + "\"}").statusCode(), "an expiry in the past is refused");

        String other = ContactsIT.newAgency("autre-espace");
        long linkId = id(Tokens.get("/api/campaigns/" + x[1] + "/share-links", owner).body());
        assertEquals(404, Tokens.get("/api/campaigns/" + x[1] + "/share-links", other).statusCode());
        assertEquals(404, Tokens.delete("/api/share-links/" + linkId, other).statusCode(), "another agency cannot revoke it");
        assertEquals(404, Tokens.get("/api/clients/" + x[0] + "/viewers", other).statusCode());
        assertEquals(404, Tokens.putJson("/api/viewers/" + viewerId + "/enabled", other, "{\"enabled\":false}").statusCode());
        assertEquals(404, Tokens.get("/api/campaigns/" + x[1] + "/client-page", other).statusCode());
        assertEquals(200, stranger.get(url).statusCode(), "the link still opens");

        assertEquals(204, Tokens.delete("/api/share-links/" + linkId, owner).statusCode());
        assertEquals(410, stranger.get(url).statusCode(), "a revoked link is gone");
        assertEquals(410, stranger.get(appUrl() + "/api/share/" + token).statusCode());
        assertEquals(404, stranger.get(appUrl() + "/partage.xhtml?t=" + token.substring(1) + "x").statusCode(), "an unknown link");

        assertEquals(204, Tokens.putJson("/api/viewers/" + viewerId + "/enabled", owner, "{\"enabled\":false}").statusCode());
        HttpResponse<String> disabled = Tokens.get("/api/client/campaigns/" + x[1], viewer);
        assertEquals(403, disabled.statusCode(), "a disabled viewer reads nothing, with the token they still hold");
        assertTrue(disabled.body().contains("not_a_member") && !disabled.body().contains("Lancement"), disabled.body());
        try (KeycloakAdmin keycloak = new KeycloakAdmin()) {
            assertFalse(keycloak.user(viewerEmail).isEnabled(), "and cannot log in again");
        }
    }
}
