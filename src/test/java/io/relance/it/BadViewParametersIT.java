package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input never reaches a stack trace (issue 16 §11): every page that takes an id answers a
 * malformed one ({@code abc}, {@code -1}, a quote, a number too big) with the 404 page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadViewParametersIT {

    private static final String[] PAGES = {"/app/contacts/contact.xhtml", "/app/contacts/edit.xhtml",
            "/app/contacts/report.xhtml", "/app/agence/member.xhtml", "/app/campagnes/dashboard.xhtml",
            "/app/campagnes/client-space.xhtml", "/app/campagnes/prospects.xhtml", "/app/campagnes/campaign.xhtml",
            "/app/campagnes/bilan.xhtml", "/app/campagnes/coverage.xhtml"};

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void aMalformedIdIsAPageThatDoesNotExist() throws Exception {
        WebSession browser = new WebSession();
        browser.login(appUrl() + "/app/home", "directeur@agence-demo.fr", RoleAccessIT.PASSWORD);
        for (String page : PAGES) {
            for (String id : new String[]{"abc", "-1", "'", "99999999999999999999", "1 OR 1=1"}) {
                HttpResponse<String> r = browser.get(appUrl() + page + "?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
                assertEquals(404, r.statusCode(), page + "?id=" + id);
                assertTrue(r.body().contains("id=\"error-404\""), page + "?id=" + id + ": the 404 page");
                assertFalse(r.body().contains("at io.relance") || r.body().contains("Caused by"), page + "?id=" + id);
            }
        }
        assertEquals(404, browser.get(appUrl() + "/app/campagnes/reassign.xhtml?caller=abc").statusCode());
        assertEquals(200, browser.get(appUrl() + "/app/campagnes/list.xhtml").statusCode(), "the session is fine");
    }
}
