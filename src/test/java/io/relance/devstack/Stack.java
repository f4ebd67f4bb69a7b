package io.relance.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/** The database and Keycloak, started side by side (they are independent) and stopped together. */
final class Stack {

    private final EmbeddedDatabase database;
    private final KeycloakServer keycloak;

    Stack(StackConfig config) {
        this(config, true, true);
    }

    /** Starts only the parts that are not configured from outside (MYSQL_URL, KEYCLOAK_URL). */
    Stack(StackConfig config, boolean withDatabase, boolean withKeycloak) {
        this(withDatabase ? new EmbeddedDatabase(config.dbPort(), config.dir().resolve("db")) : null,
                withKeycloak ? new KeycloakServer(config) : null);
    }

    Stack(EmbeddedDatabase database, KeycloakServer keycloak) {
        this.database = database;
        this.keycloak = keycloak;
    }

    void start(boolean fresh) {
        CompletableFuture<Void> db = database == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> run(() -> database.start(fresh)));
        CompletableFuture<Void> kc = keycloak == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> run(() -> keycloak.start(fresh)));
        try {
            CompletableFuture.allOf(db, kc).join();
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    void stop() {
        if (keycloak != null) {
            keycloak.stop();
        }
        if (database != null) {
            database.stop();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void run(Step step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
