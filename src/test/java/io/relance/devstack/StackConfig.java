package io.relance.devstack;

import java.nio.file.Path;

/** Where the stack keeps its files and which ports it uses, from system properties set by the POM. */
record StackConfig(Path dir, int dbPort, int keycloakPort, int httpPort, Path keycloakZip, Path realm,
                   Path war, Path jbossHome) {

    static StackConfig fromSystemProperties(int defaultDb, int defaultKeycloak, int defaultHttp) {
        return new StackConfig(
                Path.of(required("relance.stack.dir")).toAbsolutePath(),
                Integer.getInteger("relance.db.port", defaultDb),
                Integer.getInteger("relance.keycloak.port", defaultKeycloak),
                Integer.getInteger("relance.http.port", defaultHttp),
                Path.of(required("relance.keycloak.zip")),
                Path.of(required("relance.realm")),
                Path.of(required("relance.war")),
                Path.of(required("jboss.home")));
    }

    String jdbcUrl() {
        return "jdbc:mysql://localhost:" + dbPort + "/relance?useSSL=false&allowPublicKeyRetrieval=true";
    }

    String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    private static String required(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("System property " + key + " is not set (run through Maven)");
        }
        return value;
    }
}
