package io.relance.infrastructure.security;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The login entry's question "does Keycloak answer?", against a real HTTP peer standing in for the
 * realm: slow is not down (a morning's logins), refused or an error status is.
 */
class KeycloakProbeTest {

    private HttpServer realm;

    @AfterEach
    void stop() {
        if (realm != null) {
            realm.stop(0);
        }
    }

    @Test
    void aRealmThatAnswersIsUp() throws IOException {
        assertTrue(KeycloakProbe.of(realm(200, 0)).answers());
    }

    @Test
    void aRealmSlowToAnswerIsBusyNotDown() throws IOException {
        KeycloakProbe.Answer answer = KeycloakProbe.of(realm(200, 4_000)).check();
        assertTrue(answer.up(), "a realm busy for 4 s was reported down: " + answer);
        assertEquals("slow to answer", answer.error());
    }

    @Test
    void aRealmAnsweringWithAnErrorIsDown() throws IOException {
        assertFalse(KeycloakProbe.of(realm(503, 0)).answers());
    }

    @Test
    void nothingListeningIsDown() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        assertFalse(KeycloakProbe.of("http://127.0.0.1:" + port + "/realms/relance").answers());
    }

    /** A realm whose discovery document answers {@code status} after {@code delayMillis}; its URL. */
    private String realm(int status, long delayMillis) throws IOException {
        realm = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        realm.createContext("/realms/relance/.well-known/openid-configuration", exchange -> {
            try {
                TimeUnit.MILLISECONDS.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        realm.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        realm.start();
        return "http://127.0.0.1:" + realm.getAddress().getPort() + "/realms/relance";
    }
}
