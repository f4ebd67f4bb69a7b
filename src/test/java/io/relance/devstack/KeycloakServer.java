package io.relance.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Keycloak's own distribution from Maven Central, unpacked once into the stack folder, realm imported at start. */
final class KeycloakServer {

    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin";

    private final StackConfig config;
    private final int[] moreAppPorts;
    private ChildProcess process;

    /** @param moreAppPorts further ports the app answers on (a cluster's nodes, next to its balancer) */
    KeycloakServer(StackConfig config, int... moreAppPorts) {
        this.config = config;
        this.moreAppPorts = moreAppPorts;
    }

    /**
     * The realm lets the app's clients come back to 8080 (run) and 9080 (tests); a stack started on
     * other ports (two stacks side by side, it.http.port) adds its own, or Keycloak refuses every
     * browser login with "invalid redirect_uri".
     */
    String withAppPort(String realm) {
        StringBuilder more = new StringBuilder();
        java.util.stream.IntStream.concat(java.util.stream.IntStream.of(config.httpPort()), java.util.Arrays.stream(moreAppPorts))
                .filter(port -> port != 8080 && port != 9080)
                .forEach(port -> more.append(", \"http://localhost:").append(port).append("/*\""));
        return realm.replace("\"http://localhost:9080/*\"", "\"http://localhost:9080/*\"" + more);
    }

    /** @param fresh drop the previous realm data (tests) instead of keeping it (run command) */
    void start(boolean fresh) throws Exception {
        Path home = unpack();
        if (fresh) {
            Stack.deleteTree(home.resolve("data/h2"));
        }
        Path importDir = Files.createDirectories(home.resolve("data/import"));
        Files.writeString(importDir.resolve("relance-realm.json"), withAppPort(Files.readString(config.realm())));
        Path tmp = Files.createDirectories(config.dir().resolve("keycloak-tmp"));
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + config.keycloakPort(), "--import-realm", "--http-management-port=" + (config.keycloakPort() + 1))
                .redirectErrorStream(true)
                .redirectOutput(config.dir().resolve("keycloak.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("JAVA_OPTS_APPEND", "-Djava.io.tmpdir=" + tmp);
        process = new ChildProcess("Keycloak", builder.start());
        process.awaitHttp(config.keycloakUrl() + "/realms/relance/.well-known/openid-configuration",
                Duration.ofMinutes(8), 200);
    }

    void stop() {
        if (process != null) {
            process.stop();
        }
    }

    private Path unpack() throws IOException {
        String folder = config.keycloakZip().getFileName().toString().replace("keycloak-quarkus-dist-", "keycloak-").replace(".zip", "");
        Path home = config.dir().resolve(folder);
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return home;
        }
        System.out.println("Unpacking " + config.keycloakZip().getFileName() + " into " + config.dir());
        Path staging = config.dir().resolve(folder + ".partial");
        try (InputStream in = Files.newInputStream(config.keycloakZip()); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                // entries start with "keycloak-<version>/": strip that first segment
                String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                Path target = staging.resolve(name).normalize();
                if (!target.startsWith(staging) || name.isEmpty()) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                    if (name.endsWith(".sh")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        }
        Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
        return home;
    }
}
