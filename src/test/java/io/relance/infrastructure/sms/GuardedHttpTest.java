package io.relance.infrastructure.sms;

import io.relance.application.sms.InternalTargetException;
import io.relance.application.sms.SmsGatewayException;
import io.relance.application.sms.SmsTargets;
import io.relance.domain.sms.TargetPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The way out to an HTTP aggregator: an internal server is never connected to unless allowed
 * (whatever spelling its address takes), and an allowed one is spoken to in plain HTTP/1.1 whose
 * answers (fixed length, chunked, after a 100) are read back to their status and a bounded body.
 */
class GuardedHttpTest {

    private ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anInternalServerIsNeverConnectedToWithoutTheAllowList() throws Exception {
        int port = serve("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
        GuardedHttp strict = http(TargetPolicy.strict());
        for (String url : new String[]{"http://127.0.0.1:" + port + "/", "http://localhost:" + port + "/", "http://[::1]:" + port + "/",
                "http://[::ffff:127.0.0.1]:" + port + "/", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1:" + port + "/"}) {
            assertThrows(InternalTargetException.class, () -> strict.post(URI.create(url), Map.of(), "a=b", 500, 500), url);
        }
        Thread.sleep(200);
        assertEquals(0, connections.get(), "not one connection reached the internal server");
    }

    @Test
    void anAllowedServerIsSpokenTo() throws Exception {
        int port = serve("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: 39\r\n\r\n"
                + "{\"code\":21211,\"message\":\"bad number\"}\r\n");
        GuardedHttp.Answer answer = http(TargetPolicy.allowing("127.0.0.0/8")).post(URI.create("http://127.0.0.1:" + port + "/x?y=1"),
                Map.of("Accept", "application/json"), "To=%2B33611111111", 2000, 2000);
        assertEquals(400, answer.status());
        assertTrue(answer.body().startsWith("{\"code\":21211"), answer.body());
        assertEquals(1, connections.get());
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        SmsGatewayException e = assertThrows(SmsGatewayException.class, () -> http(TargetPolicy.allowing("127.0.0.1"))
                .post(URI.create("http://127.0.0.1:" + port + "/"), Map.of(), "", 1000, 1000));
        assertEquals(SmsGatewayException.Failure.UNREACHABLE, e.failure());
    }

    @Test
    void answersAreReadInEveryFraming() throws Exception {
        assertEquals(new GuardedHttp.Answer(201, "{\"sid\":\"SM1\"}"), GuardedHttp.read(in(
                "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + "5\r\n{\"sid\r\n8;ext=1\r\n\":\"SM1\"}\r\n0\r\n\r\n")));
        assertEquals(new GuardedHttp.Answer(503, "down"), GuardedHttp.read(in("HTTP/1.0 503 Service Unavailable\nServer: x\n\ndown")));
        assertEquals(new GuardedHttp.Answer(200, "ab"), GuardedHttp.read(in("HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nabcdef")));
        String big = "x".repeat(GuardedHttp.MAX_BODY * 2);
        assertEquals(GuardedHttp.MAX_BODY, GuardedHttp.read(in("HTTP/1.1 200 OK\r\n\r\n" + big)).body().length(), "bounded");
        assertThrows(IOException.class, () -> GuardedHttp.read(in("SSH-2.0-OpenSSH_9.2\r\n")), "not HTTP");
        assertThrows(IOException.class, () -> GuardedHttp.read(in("")));
    }

    private static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static GuardedHttp http(TargetPolicy policy) {
        GuardedSockets sockets = new GuardedSockets();
        sockets.targets = SmsTargets.of(policy);
        GuardedHttp http = new GuardedHttp();
        http.sockets = sockets;
        return http;
    }

    /** A one-answer-per-connection server on loopback, counting who reached it. */
    private int serve(String answer) throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    connections.incrementAndGet();
                    InputStream in = s.getInputStream();
                    byte[] buffer = new byte[8192];
                    int n = in.read(buffer); // the request, small enough for one read here
                    assertTrue(n > 0);
                    OutputStream out = s.getOutputStream();
                    out.write(answer.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                } catch (IOException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return server.getLocalPort();
    }
}
