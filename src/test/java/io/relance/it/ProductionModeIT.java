package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Production mode (no demo) refuses to deploy with the secrets published in this repository
 * (issue 16 §3). The test server runs with the development values; this deploys the very WAR with
 * one more configuration source turning the demo off (an ordinal above the environment's), and the
 * deployment must fail naming the variables to set.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProductionModeIT {

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = "production", managed = false, testable = false)
    static WebArchive production() {
        JavaArchive mode = ShrinkWrap.create(JavaArchive.class, "production-mode.jar")
                .addAsManifestResource(new StringAsset("config_ordinal=1000\nrelance.demo.enabled=false\n"),
                        "microprofile-config.properties");
        return Deployments.relance().addAsLibrary(mode);
    }

    @Test
    void theDevelopmentSecretsAreRefusedWithTheVariablesToSet() {
        Exception refused = assertThrows(Exception.class, () -> deployer.deploy("production"));
        StringWriter trace = new StringWriter();
        refused.printStackTrace(new PrintWriter(trace));
        String all = trace.toString();
        assertTrue(all.contains("refuses to start in production mode"), all);
        assertTrue(all.contains("KEYCLOAK_CLIENT_SECRET is the development value"), all);
        assertTrue(all.contains("MYSQL_PASSWORD is the development value"), all);
    }
}
