package io.relance.bench;

import io.relance.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.util.List;

/**
 * The load test on one node: the tests' WildFly (Arquillian starts it, 1 GB heap) with the tests'
 * MariaDB and Keycloak, on the 1,000-agency "Ma journée" data set. 200 callers, 20 chefs and 5
 * imports through the pages, then the saturation levels. Alone:
 * {@code ./mvnw -B -Pbench verify -Dit.test=LoadBenchmark -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoadBenchmark {

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void callersChefsAndImportsOnOneNode() throws Exception {
        Path out = Path.of(System.getProperty("jboss.home"), "..", "benchmarks").normalize();
        String jdbc = "jdbc:mysql://localhost:" + System.getProperty("relance.db.port")
                + "/relance?useSSL=false&allowPublicKeyRetrieval=true";
        LoadRun run = new LoadRun(out, jdbc, Deployments.keycloakUrl());
        ServerLog log = ServerLog.enable(management.getControllerClient());
        run.prepare();
        run.measure("1 node", Deployments.appUrl(), List.of(log), 0);
        run.write();
    }
}
