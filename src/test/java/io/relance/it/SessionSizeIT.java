package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Set;

import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A caller's session does not grow with the pages opened (issue 20 §3): it is written whole to the
 * sessions' table after every request, so a session that kept something per page view made every
 * request of a long day slower (Mojarra's per-view contexts: 131 KB after ~600 views of Ma journée).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionSizeIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void aDayOfMaJourneeLeavesTheSessionAsSmallAsItsFirstPages() throws Exception {
        Set<String> before = SessionTable.ids();
        WebSession caller = new WebSession();
        caller.login(appUrl() + "/app/home", "stagiaire@agence-demo.fr", RoleAccessIT.PASSWORD);
        open(caller, 12); // past the 8 views Faces keeps: the session is at its working size
        long early = SessionTable.largestSince(before).orElseThrow(() -> new AssertionError("the session is stored")).bytes();
        open(caller, 150);
        long late = SessionTable.largestSince(before).orElseThrow().bytes();
        assertTrue(late <= early + 4_096, "after 150 more pages the session is " + late + " bytes, was " + early);
    }

    private static void open(WebSession caller, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            assertEquals(200, caller.get(appUrl() + "/app/journee/today.xhtml").statusCode());
        }
    }
}
