package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Set;

import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One stored session WildFly cannot read back no longer keeps the application from starting (issue
 * 20, seen under the load test: the node's deployment failed on IPROTO000003). The row of a real
 * session is cut short between two deployments, as a row announcing more bytes than it holds is; the
 * next deployment starts, the broken session is gone, and its owner is simply back in Ma journée.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnreadableSessionIT {

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = "relance", managed = false, testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void aSessionRowTheServerCannotReadIsRemovedBeforeTheStart() throws Exception {
        WebSession caller = new WebSession();
        deployer.deploy("relance");
        SessionTable.Row row;
        try {
            Set<String> before = SessionTable.ids(); // the store makes its table when it first starts
            caller.login(appUrl() + "/app/home", "stagiaire@agence-demo.fr", RoleAccessIT.PASSWORD);
            assertEquals(200, caller.get(appUrl() + "/app/journee/today.xhtml").statusCode());
            row = SessionTable.largestSince(before).orElseThrow(() -> new AssertionError("the session is stored"));
        } finally {
            deployer.undeploy("relance");
        }
        try (Connection c = SessionTable.connect();
             PreparedStatement cut = c.prepareStatement("UPDATE " + SessionTable.TABLE + " SET datum = LEFT(datum, LENGTH(datum) - 7) WHERE id = ?")) {
            cut.setString(1, row.id());
            assertEquals(1, cut.executeUpdate(), "the session outlived the deployment, in the table");
        }

        try {
            deployer.deploy("relance"); // failed on the cut row before UnreadableSessions
            assertEquals(0, SessionTable.rowsOf(row.session()), "every row of the unreadable session is gone");
            HttpResponse<String> again = caller.get(appUrl() + "/app/journee/today.xhtml");
            assertEquals(200, again.statusCode());
            assertTrue(again.uri().getPath().endsWith("/app/journee/today.xhtml"), "back on Ma journée, logged in by Keycloak: " + again.uri());
            assertTrue(again.body().contains("Ma journée"), "Ma journée is shown");
        } finally {
            deployer.undeploy("relance");
            SessionTable.remove(row.session()); // a failure here must not fail the next tests' deployments too
        }
    }
}
