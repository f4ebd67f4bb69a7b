package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
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
 * Campaigns through the API and the pages: who may do what, clear refusals, and another agency's
 * clients, campaigns, targets, enrolments and bilans answering 404 and staying untouched.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CampaignsAccessIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    private static String demo(String who) throws Exception {
        return Tokens.accessToken(who + "@agence-demo.fr", RoleAccessIT.PASSWORD);
    }

    /** An agency with one launched campaign on one contact; answers {directeur token, campaign, contact, client, enrolment, staff}. */
    private static Object[] agencyWithALaunchedCampaign() throws Exception {
        String token = ContactsIT.newAgency("campagne");
        long contact = id(Tokens.postJson("/api/contacts", token, "{\"lastName\":\"Isolée\",\"mobile\":\"06 11 22 33 44\"}").body());
        long client = id(Tokens.postJson("/api/clients", token, "{\"name\":\"Marque isolée\"}").body());
        HttpResponse<String> created = Tokens.postJson("/api/campaigns", token, "{\"clientId\":" + client
                + ",\"kind\":\"PRESS_RELEASE\",\"subject\":\"Secret\",\"sendDate\":\"" + LocalDate.now() + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        long campaign = id(created.body());
        assertEquals(200, Tokens.postJson("/api/campaigns/" + campaign + "/targets", token, "{\"ids\":[" + contact + "]}").statusCode());
        HttpResponse<String> launched = Tokens.postJson("/api/campaigns/" + campaign + "/launch", token, "");
        assertEquals(200, launched.statusCode(), launched.body());
        assertEquals(1, number(launched.body(), "enrolled"));
        String enrolments = Tokens.get("/api/campaigns/" + campaign + "/enrolments", token).body();
        long staff = number(enrolments, "callerId");
        return new Object[]{token, campaign, contact, client, id(enrolments.substring(enrolments.indexOf("\"rows\""))), staff};
    }

    @Test
    void anotherAgencysCampaignsAnswer404AndStayUntouched() throws Exception {
        Object[] x = agencyWithALaunchedCampaign();
        String owner = (String) x[0];
        long campaign = (long) x[1], contact = (long) x[2], client = (long) x[3], enrolment = (long) x[4], staff = (long) x[5];
        String c = "/api/campaigns/" + campaign;

        String demo = demo("directeur");
        assertFalse(Tokens.get("/api/clients", demo).body().contains("Marque isolée"));
        assertEquals(404, Tokens.get(c, demo).statusCode());
        assertEquals(404, Tokens.putJson(c, demo, "{\"clientId\":" + client + ",\"kind\":\"PRESS_RELEASE\",\"subject\":\"Volée\","
                + "\"sendDate\":\"2026-12-01\"}").statusCode());
        assertEquals(404, Tokens.delete(c, demo).statusCode());
        assertEquals(404, Tokens.get(c + "/targets", demo).statusCode());
        assertEquals(404, Tokens.postJson(c + "/targets", demo, "{\"ids\":[" + contact + "]}").statusCode());
        assertEquals(404, Tokens.putJson(c + "/targets/" + contact + "/start", demo, "{\"startOn\":null}").statusCode());
        assertEquals(404, Tokens.postJson(c + "/launch", demo, "").statusCode());
        assertEquals(404, Tokens.get(c + "/members", demo).statusCode());
        assertEquals(404, Tokens.putJson(c + "/members", demo, "[]").statusCode());
        assertEquals(404, Tokens.get(c + "/enrolments", demo).statusCode());
        assertEquals(404, Tokens.putJson("/api/enrolments/" + enrolment + "/caller", demo, "{\"callerId\":" + staff + "}").statusCode());
        assertEquals(404, Tokens.get(c + "/bilan", demo).statusCode());
        assertEquals(404, Tokens.get(c + "/sms", demo).statusCode());
        assertEquals(404, Tokens.putJson(c + "/sms", demo, "{\"text\":\"Volé\"}").statusCode());
        assertEquals(404, Tokens.postJson(c + "/sms/preview", demo, "{}").statusCode());
        assertFalse(Tokens.get("/api/sms/outbox", demo).body().contains("Isolée"), "another agency's SMS are not listed");
        assertEquals(404, Tokens.postJson("/api/campaigns", demo, "{\"clientId\":" + client
                + ",\"kind\":\"PRESS_RELEASE\",\"subject\":\"X\",\"sendDate\":\"2026-12-01\"}").statusCode(), "a foreign client");
        assertEquals(404, Tokens.get("/api/journee?caller=" + staff, demo).statusCode(), "a foreign caller's day");
        WebSession page = new WebSession();
        page.login(appUrl() + "/app/home", "directeur@agence-demo.fr", RoleAccessIT.PASSWORD);
        assertEquals(404, page.get(appUrl() + "/app/campagnes/campaign.xhtml?id=" + campaign).statusCode());
        assertEquals(404, page.get(appUrl() + "/app/campagnes/bilan.xhtml?id=" + campaign).statusCode());
        assertEquals(404, page.get(appUrl() + "/app/campagnes/edit.xhtml?id=" + campaign).statusCode());

        String mine = Tokens.get(c + "/bilan", owner).body();
        assertEquals(1, number(mine, "enrolled"), "the owner's campaign is intact: " + mine);
        assertTrue(Tokens.get(c, owner).body().contains("\"Secret\""));
        HttpResponse<String> unknown = Tokens.putJson(c + "/sms", owner, "{\"text\":\"Bonjour {prénom}\"}");
        assertEquals(422, unknown.statusCode());
        assertTrue(unknown.body().contains("sms.variable.unknown"), unknown.body());
        assertEquals(200, Tokens.putJson(c + "/sms", owner, "{\"text\":\"Bonjour {prenom}, vous êtes invitée : {sujet}\"}").statusCode());
        String preview = Tokens.postJson(c + "/sms/preview", owner, "{}").body();
        assertTrue(preview.contains("\"body\":\"Bonjour, vous êtes invitée : Secret\""), "rendered for the campaign's contact: " + preview);
        assertTrue(preview.contains("\"UCS2\"") && preview.contains("\"firstNonGsm\":\"ê\""), "ê switches to UCS-2: " + preview);
        HttpResponse<String> delete = Tokens.delete("/api/contacts/" + contact, owner);
        assertEquals(422, delete.statusCode(), "a contact followed up stays for the bilans");
        assertTrue(delete.body().contains("contact.delete.followedUp"), delete.body());
        assertEquals(0, number(Tokens.postJson("/api/contacts/bulk", owner, "{\"action\":\"delete\",\"ids\":[" + contact + "]}").body(),
                "changed"), "nor does a bulk deletion remove it");
    }

    @Test
    void rolesAndRefusals() throws Exception {
        String stagiaire = demo("stagiaire");
        assertEquals(403, Tokens.get("/api/campaigns", stagiaire).statusCode());
        assertEquals(403, Tokens.postJson("/api/campaigns", stagiaire, "{}").statusCode());
        assertEquals(403, Tokens.get("/api/clients", stagiaire).statusCode());
        assertEquals(200, Tokens.get("/api/journee", stagiaire).statusCode(), "a stagiaire reads their own day");
        assertEquals(403, Tokens.get("/api/journee?caller=1", stagiaire).statusCode(), "not another caller's");
        assertEquals(403, Tokens.get("/api/journee", demo("client")).statusCode(), "a client has no call queue");
        assertEquals(403, Tokens.putJson("/api/policy", demo("chef"), "{\"maxAttemptsPer7Days\":3,\"cooldownDays\":1}").statusCode(),
                "only the directeur sets the policy");
        assertEquals(403, Tokens.postJson("/api/templates", demo("chef"), "{\"name\":\"X\",\"days\":1,\"slots\":\"09:00-10:00\","
                + "\"minGapMinutes\":0,\"maxAttempts\":1,\"smsDay\":0,\"smsLeadMinutes\":0,\"cooldownDays\":1}").statusCode());
        assertEquals(200, Tokens.get("/api/templates", demo("chef")).statusCode(), "a chef reads the templates to choose one");

        WebSession page = new WebSession();
        page.login(appUrl() + "/app/home", "stagiaire@agence-demo.fr", RoleAccessIT.PASSWORD);
        assertEquals(403, page.get(appUrl() + "/app/campagnes/list.xhtml").statusCode());
        assertEquals(200, page.get(appUrl() + "/app/journee/today.xhtml").statusCode());
        WebSession chefPage = new WebSession();
        chefPage.login(appUrl() + "/app/home", "chef@agence-demo.fr", RoleAccessIT.PASSWORD);
        assertEquals(403, chefPage.get(appUrl() + "/app/agence/sequences.xhtml").statusCode());
        assertEquals(200, chefPage.get(appUrl() + "/app/campagnes/list.xhtml").statusCode());

        String directeur = ContactsIT.newAgency("regles");
        HttpResponse<String> invalid = Tokens.postJson("/api/campaigns", directeur, "{\"kind\":\"EVENT_INVITATION\",\"subject\":\"\"}");
        assertEquals(422, invalid.statusCode());
        for (String key : new String[]{"campaign.client.required", "campaign.subject.required", "campaign.sendDate.required",
                "campaign.eventDate.required"}) {
            assertTrue(invalid.body().contains(key), key + " in " + invalid.body());
        }
        HttpResponse<String> badTemplate = Tokens.postJson("/api/templates", directeur, "{\"name\":\"Serré\",\"days\":2,"
                + "\"slots\":\"09:00-10:00,10:00-11:00\",\"minGapMinutes\":180,\"maxAttempts\":9,\"smsDay\":3,\"smsLeadMinutes\":0,\"cooldownDays\":400}");
        assertEquals(422, badTemplate.statusCode());
        for (String key : new String[]{"sequence.slots.gap", "sequence.maxAttempts.range", "sequence.smsDay.range", "sequence.cooldown.range"}) {
            assertTrue(badTemplate.body().contains(key), key + " in " + badTemplate.body());
        }
        HttpResponse<String> express = Tokens.postJson("/api/templates", directeur, "{\"name\":\"Express 2×2\",\"days\":2,"
                + "\"slots\":\"09:30-11:30,15:00-17:00\",\"minGapMinutes\":120,\"maxAttempts\":4,\"smsDay\":1,\"smsLeadMinutes\":15,"
                + "\"cooldownDays\":20,\"smsText\":\"Bonjour {prenom}, rappel express : {sujet}\"}");
        assertEquals(201, express.statusCode(), express.body());
        long client = id(Tokens.postJson("/api/clients", directeur, "{\"name\":\"Marque express\"}").body());
        long campaign = id(Tokens.postJson("/api/campaigns", directeur, "{\"clientId\":" + client + ",\"kind\":\"PRESS_RELEASE\","
                + "\"subject\":\"Express\",\"sendDate\":\"2026-12-01\",\"templateId\":" + id(express.body()) + "}").body());
        assertTrue(Tokens.get("/api/campaigns/" + campaign + "/sms", directeur).body().contains("rappel express"),
                "a campaign without its own text sends its template's");
        assertTrue(Tokens.get("/api/templates", directeur).body().contains("Express 2×2"));
        HttpResponse<String> policy = Tokens.putJson("/api/policy", directeur, "{\"maxAttemptsPer7Days\":6,\"cooldownDays\":45,"
                + "\"startRules\":{\"MENSUEL\":\"NEXT_BUSINESS_DAY\"}}");
        assertEquals(200, policy.statusCode(), policy.body());
        assertTrue(policy.body().contains("\"MENSUEL\":\"NEXT_BUSINESS_DAY\""), policy.body());
        assertEquals(422, Tokens.putJson("/api/policy", directeur, "{\"maxAttemptsPer7Days\":0,\"cooldownDays\":45}").statusCode());
        assertTrue(Tokens.get("/api/templates", directeur).body().contains("\"cooldownDays\":45"), "the preset follows the policy's cooldown");
    }

    @Test
    void smsProviderSettingsAreTheDirecteursAndNeverShowTheirSecret() throws Exception {
        String directeur = ContactsIT.newAgency("operateur");
        HttpResponse<String> refused = Tokens.putJson("/api/sms/provider", directeur, "{\"kind\":\"SMPP\",\"sender\":\"Agence Démo\","
                + "\"host\":\"\",\"port\":0}");
        assertEquals(422, refused.statusCode());
        for (String key : new String[]{"sms.sender.characters", "sms.host.required", "sms.port.range", "sms.systemId.required",
                "sms.password.required"}) {
            assertTrue(refused.body().contains(key), key + " in " + refused.body());
        }
        HttpResponse<String> saved = Tokens.putJson("/api/sms/provider", directeur, "{\"kind\":\"SMPP\",\"sender\":\"Operateur\","
                + "\"host\":\"smpp.operateur.example\",\"port\":2775,\"systemId\":\"agence\",\"password\":\"topsecret-42\"}");
        assertEquals(200, saved.statusCode(), saved.body());
        String mine = Tokens.get("/api/sms/provider", directeur).body();
        assertTrue(mine.contains("\"hasPassword\":true") && mine.contains("smpp.operateur.example"), mine);
        assertFalse(mine.contains("topsecret"), "the password is never read back");
        assertFalse(Tokens.get("/api/sms/provider", demo("directeur")).body().contains("smpp.operateur.example"),
                "another agency's provider is not there");
        assertEquals(403, Tokens.get("/api/sms/provider", demo("chef")).statusCode(), "only the directeur sees the settings");
        assertEquals(403, Tokens.putJson("/api/sms/provider", demo("chef"), "{\"kind\":\"OUTBOX\",\"sender\":\"X\"}").statusCode());
    }
}
