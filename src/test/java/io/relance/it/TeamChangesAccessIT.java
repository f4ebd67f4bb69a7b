package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The team changes over the API with real tokens (TeamChangesIT proves the rules in the
 * container): a stagiaire gets 403 on every new endpoint, a chef de projet may reassign in bulk,
 * another agency's members and follow-ups answer 404, a disabled member's answer carries the
 * hand-over's figures, and a template's escalation is validated.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeamChangesAccessIT {

    static final String BULK = "{\"from\":\"2020-01-06\",\"to\":\"2020-01-08\",\"target\":%d}";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void aStagiaireIsRefusedAndAChefMayReassignInBulk() throws Exception {
        String directeur = Tokens.accessToken("directeur@agence-demo.fr", RoleAccessIT.PASSWORD);
        long lea = memberId(directeur, "stagiaire@agence-demo.fr");
        long chef = memberId(directeur, "chef@agence-demo.fr");
        String stagiaire = Tokens.accessToken("stagiaire@agence-demo.fr", RoleAccessIT.PASSWORD);
        assertEquals(403, Tokens.postJson("/api/callers/" + lea + "/calls/reassign", stagiaire, BULK.formatted(chef)).statusCode());
        assertEquals(403, Tokens.put("/api/team/" + lea + "/enabled", stagiaire, "false").statusCode());
        assertEquals(403, Tokens.put("/api/team/" + chef + "/role", stagiaire, "stagiaire").statusCode());
        assertEquals(403, Tokens.putJson("/api/enrolments/1/caller", stagiaire, "{\"callerId\":" + lea + "}").statusCode());

        // a chef de projet may: a period of 2020 holds no call, so the demo's calls stay as they are
        HttpResponse<String> nothing = Tokens.postJson("/api/callers/" + lea + "/calls/reassign",
                Tokens.accessToken("chef@agence-demo.fr", RoleAccessIT.PASSWORD), BULK.formatted(chef));
        assertEquals(200, nothing.statusCode(), nothing.body());
        assertTrue(nothing.body().contains("\"moved\":[]") && nothing.body().contains("\"refused\":[]"), nothing.body());
        HttpResponse<String> backwards = Tokens.postJson("/api/callers/" + lea + "/calls/reassign", directeur,
                "{\"from\":\"2020-01-08\",\"to\":\"2020-01-06\",\"target\":" + chef + "}");
        assertEquals(422, backwards.statusCode());
        assertTrue(backwards.body().contains("reassign.range.invalid"), backwards.body());
    }

    @Test
    void anotherAgencysMembersAndFollowUpsAnswer404() throws Exception {
        String slug = Agencies.slug("relais");
        String email = Agencies.signUp(slug, "Relais2026x");
        String own = Tokens.accessToken(email, "Relais2026x");
        long me = memberId(own, email);
        String demoDirecteur = Tokens.accessToken("directeur@agence-demo.fr", RoleAccessIT.PASSWORD);
        long lea = memberId(demoDirecteur, "stagiaire@agence-demo.fr");
        String chefToken = Tokens.accessToken("chef@agence-demo.fr", RoleAccessIT.PASSWORD);
        String rows = Tokens.get("/api/campaigns/" + Agencies.demoFestival() + "/enrolments", chefToken).body();
        long enrolment = Agencies.id(rows.substring(rows.indexOf("\"rows\"")));

        assertEquals(404, Tokens.postJson("/api/callers/" + lea + "/calls/reassign", own, BULK.formatted(me)).statusCode(),
                "another agency's caller");
        assertEquals(404, Tokens.postJson("/api/callers/" + me + "/calls/reassign", own, BULK.formatted(lea)).statusCode(),
                "another agency's target");
        assertEquals(404, Tokens.putJson("/api/enrolments/" + enrolment + "/caller", own, "{\"callerId\":" + me + "}").statusCode(),
                "another agency's follow-up");
        assertEquals(404, Tokens.put("/api/team/" + lea + "/enabled", own, "false").statusCode());

        // the agency's own stagiaire, with no call: disabled, and told that nothing had to move
        HttpResponse<String> invited = Tokens.postJson("/api/team", own, "{\"firstName\":\"Hugo\",\"lastName\":\"Roux\",\"email\":\"hugo@"
                + slug + ".fr\",\"role\":\"STAGIAIRE\"}");
        assertEquals(201, invited.statusCode(), invited.body());
        HttpResponse<String> disabled = Tokens.put("/api/team/" + Agencies.id(invited.body()) + "/enabled", own, "false");
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertTrue(disabled.body().contains("\"enabled\":false") && disabled.body().contains("\"reassigned\":0"), disabled.body());
    }

    @Test
    void aTemplatesEscalationIsValidatedAndListed() throws Exception {
        String slug = Agencies.slug("escalade");
        String own = Tokens.accessToken(Agencies.signUp(slug, "Escalade2026x"), "Escalade2026x");
        String template = "{\"name\":\"%s\",\"days\":3,\"slots\":\"09:30-11:30,14:00-15:30,16:30-18:00\",\"minGapMinutes\":120,"
                + "\"maxAttempts\":9,\"smsDay\":1,\"smsLeadMinutes\":15,\"cooldownDays\":30,\"escalateAfter\":%s}";
        HttpResponse<String> tooLate = Tokens.postJson("/api/templates", own, template.formatted("Trop tard", "9"));
        assertEquals(422, tooLate.statusCode(), tooLate.body());
        assertTrue(tooLate.body().contains("sequence.escalation.range"), tooLate.body());
        assertEquals(201, Tokens.postJson("/api/templates", own, template.formatted("Escalade", "3")).statusCode());
        assertEquals(201, Tokens.postJson("/api/templates", own, template.formatted("Sans escalade", "null")).statusCode());
        String list = Tokens.get("/api/templates", own).body();
        assertTrue(list.contains("\"escalateAfter\":3"), list);
    }

    @Test
    void theReassignmentPageIsTheChefsAndTheDemoShowsAnEscalation() throws Exception {
        String directeur = Tokens.accessToken("directeur@agence-demo.fr", RoleAccessIT.PASSWORD);
        long lea = memberId(directeur, "stagiaire@agence-demo.fr");
        long chef = memberId(directeur, "chef@agence-demo.fr");
        WebSession browser = new WebSession();
        HttpResponse<String> page = browser.login(Deployments.appUrl() + "/app/campagnes/reassign.xhtml?caller=" + lea,
                "chef@agence-demo.fr", RoleAccessIT.PASSWORD);
        assertEquals(200, page.statusCode());
        assertTrue(WebSession.text(page).contains("Réassigner les appels"), WebSession.text(page));
        HttpResponse<String> none = browser.submit(page, "reassign", "reassign:submit", java.util.Map.of("reassign:caller",
                String.valueOf(lea), "reassign:target", String.valueOf(chef), "reassign:from_input", "2020-01-06",
                "reassign:to_input", "2020-01-08"));
        assertTrue(WebSession.text(none).contains("Aucun appel à réassigner"), WebSession.text(none));

        WebSession intern = new WebSession();
        assertEquals(403, intern.login(Deployments.appUrl() + "/app/campagnes/reassign.xhtml", "stagiaire@agence-demo.fr",
                RoleAccessIT.PASSWORD).statusCode());

        // the demo festival follows the agency's PRM template with escalation: Léa's silent contacts went to Julien
        String chefToken = Tokens.accessToken("chef@agence-demo.fr", RoleAccessIT.PASSWORD);
        String rows = Tokens.get("/api/campaigns/" + Agencies.demoFestival() + "/enrolments?size=50", chefToken).body();
        assertTrue(rows.contains("\"escalated\":true"), rows);
        assertTrue(Tokens.get("/api/templates", directeur).body().contains("\"escalateAfter\":4"));
        WebSession claire = new WebSession();
        HttpResponse<String> rules = claire.login(Deployments.appUrl() + "/app/agence/sequences.xhtml", "directeur@agence-demo.fr",
                RoleAccessIT.PASSWORD);
        assertTrue(WebSession.text(rules).contains("escalade au chef de projet après 4 appels sans réponse"), WebSession.text(rules));
    }

    private static long memberId(String token, String email) throws Exception {
        String body = Tokens.get("/api/team", token).body();
        int at = body.indexOf("\"email\":\"" + email + "\"");
        assertTrue(at > 0, body);
        return Agencies.id(body.substring(body.lastIndexOf("{", at)));
    }
}
