package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static io.relance.it.Agencies.id;
import static io.relance.it.Agencies.number;
import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may do what in the address book, and that another agency's outlets, contacts, mappings and
 * import reports answer 404 to every page and endpoint (and change nothing).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContactsAccessIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    private static String demo(String who) throws Exception {
        return Tokens.accessToken(who + "@agence-demo.fr", RoleAccessIT.PASSWORD);
    }

    @Test
    void aStagiaireReadsWithoutConfidentialNotesAndChangesNothing() throws Exception {
        String chef = demo("chef");
        HttpResponse<String> created = Tokens.postJson("/api/contacts", chef, "{\"lastName\":\"Secret\",\"firstName\":\"Agent\","
                + "\"notes\":\"Préfère les mails\",\"confidentialNotes\":\"Ne jamais parler du rachat\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = id(created.body());
        assertTrue(Tokens.get("/api/contacts/" + id, chef).body().contains("Ne jamais parler du rachat"));

        String stagiaire = demo("stagiaire");
        HttpResponse<String> read = Tokens.get("/api/contacts/" + id, stagiaire);
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains("Préfère les mails"), read.body());
        assertFalse(read.body().contains("rachat"), "confidential notes stay hidden: " + read.body());
        assertEquals(200, Tokens.get("/api/contacts", stagiaire).statusCode());
        assertEquals(200, Tokens.get("/api/outlets", stagiaire).statusCode());

        assertEquals(403, Tokens.postJson("/api/contacts", stagiaire, "{\"lastName\":\"X\"}").statusCode());
        assertEquals(403, Tokens.putJson("/api/contacts/" + id, stagiaire, "{\"lastName\":\"X\"}").statusCode());
        assertEquals(403, Tokens.delete("/api/contacts/" + id, stagiaire).statusCode());
        assertEquals(403, Tokens.postFile("/api/imports", stagiaire, "a.csv", "Nom\nX\n".getBytes()).statusCode());
        assertEquals(403, Tokens.download("/api/contacts/export", stagiaire).statusCode());
        assertEquals(403, Tokens.postJson("/api/contacts/bulk", stagiaire, "{\"action\":\"tier\",\"ids\":[" + id + "],\"value\":\"A\"}").statusCode());
        assertEquals(403, Tokens.get("/api/contacts/" + id + "/personal-data", stagiaire).statusCode());
        assertEquals(403, Tokens.postJson("/api/outlets", stagiaire, "{\"name\":\"X\"}").statusCode());

        assertEquals(403, Tokens.get("/api/contacts", demo("client")).statusCode(), "an agency's client sees no address book");
        assertEquals(403, Tokens.postJson("/api/contacts/bulk", chef, "{\"action\":\"delete\",\"ids\":[" + id + "]}").statusCode(),
                "only a directeur deletes in bulk");
        assertEquals(1, number(Tokens.postJson("/api/contacts/bulk", demo("directeur"),
                "{\"action\":\"delete\",\"ids\":[" + id + "]}").body(), "changed"));
    }

    @Test
    void pagesRefuseTheRolesThatMayNotUseThem() throws Exception {
        WebSession stagiaire = new WebSession();
        stagiaire.login(appUrl() + "/app/home", "stagiaire@agence-demo.fr", RoleAccessIT.PASSWORD);
        HttpResponse<String> list = stagiaire.get(appUrl() + "/app/contacts/list.xhtml");
        assertEquals(200, list.statusCode());
        assertTrue(WebSession.text(list).contains("Dubois"), "the demo address book is there");
        assertFalse(list.body().contains("export-csv"), "no export button for a stagiaire");
        assertEquals(403, stagiaire.get(appUrl() + "/app/contacts/import.xhtml").statusCode());
        assertEquals(403, stagiaire.get(appUrl() + "/app/contacts/edit.xhtml").statusCode());
        assertEquals(200, stagiaire.get(appUrl() + "/app/contacts/outlets.xhtml").statusCode());

        WebSession client = new WebSession();
        client.login(appUrl() + "/app/home", "client@agence-demo.fr", RoleAccessIT.PASSWORD);
        assertEquals(403, client.get(appUrl() + "/app/contacts/list.xhtml").statusCode());
    }

    @Test
    void anotherAgencysAddressBookAnswers404AndStaysUntouched() throws Exception {
        String other = ContactsIT.newAgency("etanche");
        long contact = id(Tokens.postJson("/api/contacts", other, "{\"lastName\":\"Isolée\",\"outletName\":\"Gazette Isolée\"}").body());
        long outlet = id(Tokens.get("/api/outlets", other).body());
        String status = ContactsIT.importFile(other, "a.csv", "Nom;Email\nDurand;d@x.fr\n".getBytes(), "target=CONTACTS");
        long report = id(status);
        assertEquals(204, Tokens.postJson("/api/imports/mappings", other,
                "{\"target\":\"CONTACTS\",\"name\":\"Export CRM\",\"columns\":{\"Nom\":\"LAST_NAME\"}}").statusCode());
        long mapping = id(Tokens.get("/api/imports/mappings", other).body());

        String demo = demo("directeur");
        assertEquals(404, Tokens.get("/api/contacts/" + contact, demo).statusCode());
        assertEquals(404, Tokens.putJson("/api/contacts/" + contact, demo, "{\"lastName\":\"Volée\"}").statusCode());
        assertEquals(404, Tokens.delete("/api/contacts/" + contact, demo).statusCode());
        assertEquals(404, Tokens.postJson("/api/contacts/" + contact + "/erase", demo, "").statusCode());
        assertEquals(404, Tokens.get("/api/contacts/" + contact + "/personal-data", demo).statusCode());
        assertEquals(0, number(Tokens.postJson("/api/contacts/bulk", demo,
                "{\"action\":\"doNotCall\",\"ids\":[" + contact + "]}").body(), "changed"));
        assertEquals(0, number(Tokens.postJson("/api/contacts/bulk", demo, "{\"action\":\"delete\",\"ids\":[" + contact + "]}").body(), "changed"));
        assertEquals(404, Tokens.get("/api/outlets/" + outlet, demo).statusCode());
        assertEquals(404, Tokens.putJson("/api/outlets/" + outlet, demo, "{\"name\":\"Volée\"}").statusCode());
        assertEquals(404, Tokens.delete("/api/outlets/" + outlet, demo).statusCode());
        assertEquals(404, Tokens.get("/api/imports/" + report, demo).statusCode());
        assertEquals(404, Tokens.download("/api/imports/" + report + "/report", demo).statusCode());
        assertEquals(404, Tokens.delete("/api/imports/mappings/" + mapping, demo).statusCode());
        assertFalse(Tokens.get("/api/imports/mappings", demo).body().contains("Export CRM"));
        assertFalse(Tokens.get("/api/contacts?q=Isol", demo).body().contains("Isolée"));

        WebSession browser = new WebSession();
        browser.login(appUrl() + "/app/home", "directeur@agence-demo.fr", RoleAccessIT.PASSWORD);
        long own = id(Tokens.get("/api/contacts?q=Dubois", demo).body());
        assertEquals(200, browser.get(appUrl() + "/app/contacts/contact.xhtml?id=" + own).statusCode(), "the page itself works");
        assertEquals(404, browser.get(appUrl() + "/app/contacts/contact.xhtml?id=" + contact).statusCode());
        assertEquals(404, browser.get(appUrl() + "/app/contacts/edit.xhtml?id=" + contact).statusCode());
        assertEquals(404, browser.get(appUrl() + "/app/contacts/report.xhtml?id=" + report).statusCode());

        String card = Tokens.get("/api/contacts/" + contact, other).body();
        assertTrue(card.contains("Isolée") && card.contains("\"doNotCall\":false"), "untouched: " + card);
        assertEquals(1, number(Tokens.get("/api/outlets", other).body(), "total"));
    }
}
