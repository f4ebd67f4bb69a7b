package io.relance.it;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A server on this machine that an SSRF would aim at (a metadata service, an admin console): it
 * answers every request with the status and the secret-laden body it is told.
 * In the test JVM only (not in the deployment), like the other peers.
 */
final class InternalServer {

    private static HttpServer server;
    private static volatile int status;
    private static volatile String body;

    private InternalServer() {
    }

    static String start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", body.startsWith("{") ? "application/json" : "text/html");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return "http://localhost:" + server.getAddress().getPort();
    }

    static void answer(int status, String body) {
        InternalServer.status = status;
        InternalServer.body = body;
    }

    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
