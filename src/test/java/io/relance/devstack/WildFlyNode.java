package io.relance.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One WildFly server run from the provisioned target/server with a server folder of its own
 * (configuration copied fresh from the build, the WAR in its deployments; data, logs and the
 * transaction store apart), so that the test suite, the run command and each node of a cluster can
 * use target/server at the same time.
 */
final class WildFlyNode {

    private final String name;
    private final Path jbossHome;
    private final Path base;
    private final int offset;
    private final List<String> properties;
    private final Map<String, String> environment;
    private final Path log;
    private ChildProcess process;

    /**
     * @param offset      jboss.socket.binding.port-offset: http 8080 + offset, management 9990 + offset
     * @param properties  further -D options (node name, cluster name, JGroups members)
     * @param environment what the app reads at boot (MYSQL_URL, KEYCLOAK_URL, ...)
     * @param log         the console's file, appended to across restarts; null: this JVM's console
     */
    WildFlyNode(String name, Path jbossHome, Path base, int offset, List<String> properties,
                Map<String, String> environment, Path log) {
        this.name = name;
        this.jbossHome = jbossHome;
        this.base = base;
        this.offset = offset;
        this.properties = List.copyOf(properties);
        this.environment = Map.copyOf(environment);
        this.log = log;
    }

    /** A fresh server folder: the build's configuration and the WAR, nothing from a previous run. */
    void prepare(Path war) throws Exception {
        Stack.deleteTree(base);
        copyTree(jbossHome.resolve("standalone/configuration"), base.resolve("configuration"));
        Files.createDirectories(base.resolve("deployments"));
        replaceWar(war);
    }

    /** Puts another build of the WAR in place, for the next start (the node must be stopped). */
    void replaceWar(Path war) throws Exception {
        Path deployments = base.resolve("deployments");
        try (var markers = Files.list(deployments)) {
            for (Path marker : markers.filter(p -> p.getFileName().toString().startsWith("relance.war.")).toList()) {
                Files.delete(marker);
            }
        }
        Files.copy(war, deployments.resolve("relance.war"), StandardCopyOption.REPLACE_EXISTING);
    }

    void start() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(jbossHome.resolve("bin/standalone.sh").toString());
        command.add("-Djboss.server.base.dir=" + base);
        if (offset != 0) {
            command.add("-Djboss.socket.binding.port-offset=" + offset);
        }
        command.addAll(properties);
        ProcessBuilder builder = new ProcessBuilder(command);
        if (log == null) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        }
        builder.environment().putAll(environment);
        process = new ChildProcess(name, builder.start());
    }

    /** Deployed without failed services, the database and Keycloak answering. */
    void awaitReady(Duration timeout) throws Exception {
        process.awaitHttp(managementUrl() + "/health/ready", timeout, 200);
    }

    ChildProcess process() {
        return process;
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** kill -9 of the server's JVM (not of the script that started it), as a crash or the OOM killer would. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.kill();
        }
    }

    /**
     * A graceful stop: requests in flight finish (suspend, up to suspendSeconds), then the server
     * stops. Through jboss-cli on the management port, authenticated as the local user.
     */
    void shutdown(int suspendSeconds) throws Exception {
        if (!isAlive()) {
            return;
        }
        Process cli = new ProcessBuilder(jbossHome.resolve("bin/jboss-cli.sh").toString(), "--connect",
                "--controller=remote+http://127.0.0.1:" + (9990 + offset),
                "--command=:shutdown(suspend-timeout=" + suspendSeconds + ")")
                .redirectErrorStream(true)
                .redirectOutput(log == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        cli.waitFor(60, TimeUnit.SECONDS);
        if (!process.waitFor(suspendSeconds + 60L, TimeUnit.SECONDS)) {
            System.err.println(name + " did not stop within " + (suspendSeconds + 60) + " s: stopping it");
            process.stop();
        }
    }

    /** Stops the server (SIGTERM, then SIGKILL after 30 s): what Ctrl-C does to the run command. */
    void stop() {
        if (process != null) {
            process.stop();
        }
    }

    int httpPort() {
        return 8080 + offset;
    }

    String url() {
        return "http://localhost:" + httpPort();
    }

    String managementUrl() {
        return "http://localhost:" + (9990 + offset);
    }

    Path log() {
        return log != null ? log : base.resolve("log/server.log");
    }

    /**
     * What the app reads at boot, for the stack's embedded servers unless this JVM's environment
     * names others (MYSQL_URL, KEYCLOAK_URL): the keys are made once and kept with the data, so
     * that every node, and the next run, reads what was written.
     */
    static Map<String, String> environment(StackConfig config) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.putIfAbsent("MYSQL_URL", config.jdbcUrl());
        env.putIfAbsent("MYSQL_USER", "root");
        env.putIfAbsent("MYSQL_PASSWORD", "relance");
        env.putIfAbsent("KEYCLOAK_URL", config.keycloakUrl());
        env.putIfAbsent("RELANCE_DEMO_ENABLED", "true");
        env.putIfAbsent("RELANCE_SECRETS_KEY", keyFile(config.dir(), "secrets.key"));
        env.putIfAbsent("RELANCE_PREFERENCES_KEY", keyFile(config.dir(), "preferences.key"));
        // An import of 100,000 contacts holds its file and its plan in memory: 512 MB is too tight.
        // The heap starts at its full size: grown from 256 MB under the morning's logins, its young
        // collections paused the node for 100-290 ms each (BENCHMARKS, session 33).
        env.putIfAbsent("JBOSS_JAVA_SIZING", "-Xms1g -Xmx1g");
        return env;
    }

    /** A random key made once and kept with the run's data (SMS credentials, preferences' hashes). */
    private static String keyFile(Path dir, String fileName) throws Exception {
        Path file = dir.resolve(fileName);
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

    @Override
    public String toString() {
        return name + " (" + url() + ", log " + log() + ")";
    }
}
