package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
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

    private static final String URL = "jdbc:mysql://localhost:" + System.getProperty("relance.db.port", "3306")
            + "/relance?useSSL=false&allowPublicKeyRetrieval=true";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void aDayOfMaJourneeLeavesTheSessionAsSmallAsItsFirstPages() throws Exception {
        Set<String> before = sessionRows();
        WebSession caller = new WebSession();
        caller.login(appUrl() + "/app/home", "stagiaire@agence-demo.fr", RoleAccessIT.PASSWORD);
        open(caller, 12); // past the 8 views Faces keeps: the session is at its working size
        long early = largestNewRow(before);
        open(caller, 150);
        long late = largestNewRow(before);
        assertTrue(early > 0, "the session is stored in the table");
        assertTrue(late <= early + 4_096, "after 150 more pages the session is " + late + " bytes, was " + early);
    }

    private static void open(WebSession caller, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            assertEquals(200, caller.get(appUrl() + "/app/journee/today.xhtml").statusCode());
        }
    }

    private static Set<String> sessionRows() throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection(URL, "root", "relance"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM web_session_relance_war")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /**
     * The largest of the rows this test's session wrote (its attributes; the others are its times).
     * Read until two readings agree: the row of the last request may still be on its way.
     */
    private static long largestNewRow(Set<String> before) throws Exception {
        long previous = -1;
        for (int i = 0; i < 20; i++) {
            long size = 0;
            try (Connection c = DriverManager.getConnection(URL, "root", "relance"); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, LENGTH(datum) FROM web_session_relance_war")) {
                while (rs.next()) {
                    if (!before.contains(rs.getString(1))) {
                        size = Math.max(size, rs.getLong(2));
                    }
                }
            }
            if (size == previous) {
                return size;
            }
            previous = size;
            Thread.sleep(250);
        }
        return previous;
    }
}
