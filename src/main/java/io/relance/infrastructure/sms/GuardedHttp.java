package io.relance.infrastructure.sms;

import io.relance.application.sms.SmsGatewayException;
import io.relance.application.sms.SmsGatewayException.Failure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 POST to an aggregator over a {@link GuardedSockets} connection. The JDK's clients
 * resolve the host themselves at connection time, after any check of ours; here the socket is
 * connected to the addresses that were checked, and TLS (SNI, certificate name) still speaks to the
 * host as typed. No proxy, no redirect followed, and at most {@link #MAX_BODY} bytes of the answer read.
 */
@ApplicationScoped
public class GuardedHttp {

    /** The status and the start of the body: for the gateway's own parsing, never shown to a user. */
    public record Answer(int status, String body) {
    }

    static final int MAX_BODY = 64 * 1024;
    private static final int MAX_LINE = 8 * 1024;
    private static final int MAX_HEADERS = 100;

    @Inject
    GuardedSockets sockets;

    public Answer post(URI uri, Map<String, String> headers, String form, int connectTimeoutMs, int readTimeoutMs)
            throws SmsGatewayException {
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        if (!tls && !"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new SmsGatewayException("Not an http(s) address", false, Failure.UNREACHABLE, 0, null);
        }
        String host = uri.getHost();
        int port = uri.getPort() == -1 ? (tls ? 443 : 80) : uri.getPort();
        Socket socket = sockets.connect(host, port, connectTimeoutMs);
        try {
            socket.setSoTimeout(readTimeoutMs);
            Socket s = tls ? tls(socket, host, port) : socket;
            byte[] body = form.getBytes(StandardCharsets.UTF_8);
            String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host).append(uri.getPort() == -1 ? "" : ":" + port).append("\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
            OutputStream out = s.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(new BufferedInputStream(s.getInputStream()));
        } catch (SocketTimeoutException e) {
            throw new SmsGatewayException("No answer in time from " + host, false, Failure.TIMEOUT, 0, e);
        } catch (IOException e) {
            throw new SmsGatewayException("Exchange with " + host + " failed (" + e.getClass().getSimpleName() + ")", false,
                    Failure.UNREACHABLE, 0, e);
        } finally {
            try {
                socket.close();
            } catch (IOException ignored) {
                // the answer is read: nothing else to release
            }
        }
    }

    /** TLS over the checked connection, verifying the certificate against the host as typed. */
    private static Socket tls(Socket plain, String host, int port) throws IOException {
        String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        SSLSocket ssl = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(plain, name, port, true);
        SSLParameters params = ssl.getSSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS");
        if (!name.contains(":") && !name.matches("[0-9.]+")) {
            try {
                params.setServerNames(List.of(new SNIHostName(name)));
            } catch (IllegalArgumentException e) {
                // not a name SNI can carry: the certificate check still applies
            }
        }
        ssl.setSSLParameters(params);
        ssl.startHandshake();
        return ssl;
    }

    static Answer read(InputStream in) throws IOException {
        int status;
        Map<String, String> headers;
        do { // 1xx answers are interim: the real one follows
            String[] statusLine = line(in).split(" ", 3);
            if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
                throw new IOException("not an HTTP answer");
            }
            try {
                status = Integer.parseInt(statusLine[1]);
            } catch (NumberFormatException e) {
                throw new IOException("not an HTTP status");
            }
            headers = headers(in);
        } while (status / 100 == 1);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", "").strip())) {
            chunked(in, body);
        } else if (headers.containsKey("content-length")) {
            long length;
            try {
                length = Long.parseLong(headers.get("content-length").strip());
            } catch (NumberFormatException e) {
                throw new IOException("bad Content-Length");
            }
            copy(in, body, Math.min(length, MAX_BODY));
        } else {
            copy(in, body, MAX_BODY); // the connection is closed after the answer
        }
        return new Answer(status, body.toString(StandardCharsets.UTF_8));
    }

    private static void chunked(InputStream in, ByteArrayOutputStream body) throws IOException {
        while (body.size() < MAX_BODY) {
            String size = line(in);
            int semicolon = size.indexOf(';');
            long n;
            try {
                n = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
            } catch (NumberFormatException e) {
                throw new IOException("bad chunk size");
            }
            if (n == 0) {
                return; // trailers, if any, are not needed
            }
            copy(in, body, Math.min(n, MAX_BODY - body.size()));
            line(in); // the CRLF after the chunk
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream body, long max) throws IOException {
        byte[] buffer = new byte[4096];
        long left = max;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                return;
            }
            body.write(buffer, 0, n);
            left -= n;
        }
    }

    private static Map<String, String> headers(InputStream in) throws IOException {
        Map<String, String> headers = new HashMap<>();
        for (int i = 0; i < MAX_HEADERS; i++) {
            String line = line(in);
            if (line.isEmpty()) {
                return headers;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        throw new IOException("too many headers");
    }

    /** One line, without its CRLF (or LF). */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                if (line.size() == 0) {
                    throw new IOException("connection closed");
                }
                break;
            }
            if (line.size() >= MAX_LINE) {
                throw new IOException("line too long");
            }
            line.write(c);
        }
        String s = line.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
