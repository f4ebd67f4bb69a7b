package io.relance.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboards add up: the festival's heat map and per-caller numbers sum to its bilan; the
 * agency's months hold at least the festival's calls, its cap is the policy's; only the directeur
 * reads the agency's, another agency reads neither; the pages draw their charts.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    private static long sum(JsonNode rows, String field) {
        long n = 0;
        for (JsonNode r : rows) {
            n += r.get(field).asLong();
        }
        return n;
    }

    @Test
    void theNumbersAddUpAndStayInTheAgency() throws Exception {
        String chef = Tokens.accessToken("chef@agence-demo.fr", RoleAccessIT.PASSWORD);
        String directeur = Tokens.accessToken("directeur@agence-demo.fr", RoleAccessIT.PASSWORD);
        long festival = Agencies.demoFestival();
        JsonNode bilan = JSON.readTree(Tokens.get("/api/campaigns/" + festival + "/bilan", chef).body()).get("total");
        JsonNode board = JSON.readTree(Tokens.get("/api/campaigns/" + festival + "/dashboard", chef).body());
        assertEquals(bilan.get("attempts").asLong(), sum(board.get("heat"), "attempts"), "every call is in a cell of the heat map");
        assertEquals(bilan.get("pickUps").asLong(), sum(board.get("heat"), "pickUps"));
        assertEquals(bilan.get("attempts").asLong(), sum(board.get("perCaller"), "attempts"), "and in a caller's line");
        assertEquals(bilan.get("enrolled").asLong(), board.get("page").get("funnel").get("targeted").asLong());

        JsonNode agency = JSON.readTree(Tokens.get("/api/dashboard", directeur).body());
        assertTrue(sum(agency.get("months"), "attempts") >= bilan.get("attempts").asLong(), "the festival's calls are in the months");
        assertEquals(JSON.readTree(Tokens.get("/api/policy", directeur).body()).get("maxAttemptsPer7Days").asLong(),
                agency.get("weeklyCap").asLong(), "the cap shown is the policy's");
        assertEquals(403, Tokens.get("/api/dashboard", chef).statusCode(), "the agency's numbers are the directeur's");

        String other = ContactsIT.newAgency("tableau");
        assertEquals(404, Tokens.get("/api/campaigns/" + festival + "/dashboard", other).statusCode());
        assertEquals("[]", JSON.readTree(Tokens.get("/api/dashboard", other).body()).get("months").toString(),
                "a new agency's dashboard is empty, not the demo's");
    }

    @Test
    void theDashboardsDrawTheirCharts() throws Exception {
        long festival = Agencies.demoFestival();
        try (Browser browser = new Browser(1280, 900)) {
            browser.recordFailures(() -> {
                browser.open(appUrl() + "/app/agence/team.xhtml");
                browser.keycloakLogin("directeur@agence-demo.fr", RoleAccessIT.PASSWORD);
                browser.click("#nav-dashboard");
                browser.waitForText("L'agence en chiffres");
                browser.find("#monthsChart canvas");
                browser.find("#callersChart canvas");
                assertTrue(browser.find("#solicited").getText().contains("/"), "the most solicited contacts against the cap");
                browser.screenshot("dashboard-01-agency");
                browser.open(appUrl() + "/app/campagnes/dashboard.xhtml?id=" + festival);
                browser.waitForText("Taux de décroché par jour et créneau");
                browser.find("#funnelChart canvas");
                assertTrue(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#heat .heat-cell")).size() >= 3,
                        "a cell per day and slot");
                browser.screenshot("dashboard-02-campaign");
            });
        }
    }
}
