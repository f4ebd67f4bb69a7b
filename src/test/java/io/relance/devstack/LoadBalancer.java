package io.relance.devstack;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * HAProxy (Debian's package) in front of the nodes, with a configuration we write: health check on
 * each node's /health/live (not /ready: a database or Keycloak outage would take every node out and
 * leave nobody a page), redispatch to the other node when one does not answer, plain retries
 * (connection failures only: a request a node may have started is never replayed), the RELANCE_NODE
 * cookie keeping a person on one node while it is up, the runtime API on a socket for draining, and
 * a French/English page when no node answers.
 */
final class LoadBalancer {

    static final String HAPROXY = "/usr/sbin/haproxy";

    /** A node behind the balancer: its name in HAProxy (n1, n2), its HTTP and management ports. */
    record Backend(String name, int httpPort, int managementPort) {
    }

    private final Path dir;
    private final int port;
    private final List<Backend> backends;
    private ChildProcess process;

    LoadBalancer(Path dir, int port, List<Backend> backends) {
        this.dir = dir;
        this.port = port;
        this.backends = List.copyOf(backends);
    }

    static String executable() {
        if (Files.isExecutable(Path.of(HAPROXY))) {
            return HAPROXY;
        }
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, "haproxy"))) {
                return Path.of(folder, "haproxy").toString();
            }
        }
        throw new IllegalStateException("HAProxy is not installed: the cluster needs it in front of its two nodes "
                + "(Debian/Ubuntu: sudo apt-get install -y haproxy; .ci/run does it)");
    }

    void start() throws Exception {
        String haproxy = executable();
        Files.createDirectories(dir);
        Path page = dir.resolve("indisponible.html");
        try (var in = LoadBalancer.class.getResourceAsStream("indisponible.html")) {
            Files.write(page, in.readAllBytes());
        }
        writeErrorFile(dir.resolve("502.http"), "502 Bad Gateway", Files.readString(page));
        writeErrorFile(dir.resolve("503.http"), "503 Service Unavailable", Files.readString(page));
        writeErrorFile(dir.resolve("504.http"), "504 Gateway Timeout", Files.readString(page));
        Path cfg = dir.resolve("haproxy.cfg");
        Files.writeString(cfg, config());
        Files.deleteIfExists(socket());
        process = new ChildProcess("HAProxy", new ProcessBuilder(haproxy, "-db", "-f", cfg.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("haproxy.log").toFile()))
                .start());
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Files.exists(socket())) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("HAProxy did not start: see " + dir.resolve("haproxy.log"));
            }
            Thread.sleep(100);
        }
    }

    String config() {
        StringBuilder servers = new StringBuilder();
        for (Backend b : backends) {
            servers.append("    server ").append(b.name()).append(" 127.0.0.1:").append(b.httpPort())
                    .append(" cookie ").append(b.name()).append(" check port ").append(b.managementPort()).append('\n');
        }
        return """
                # Written by io.relance.devstack.LoadBalancer at each start.
                global
                    stats socket %1$s mode 600 level admin
                    log stdout format short local0 notice

                defaults
                    mode http
                    log global
                    option httplog
                    option forwardfor
                    # a node that refuses the connection (stopped, killed): the request goes to the other one
                    option redispatch
                    retries 3
                    timeout connect 2s
                    # an import of a large file can take minutes
                    timeout client 10m
                    timeout server 10m
                    errorfile 502 %2$s/502.http
                    errorfile 503 %2$s/503.http
                    errorfile 504 %2$s/504.http

                frontend relance
                    bind 127.0.0.1:%3$d
                    # an h2c upgrade (Java's HTTP client asks for one) would turn the connection into a
                    # tunnel to one node: no cookie, no failover. Browsers never ask; HTTP/1.1 for all.
                    http-request del-header Upgrade if { req.hdr(Upgrade) -i h2c }
                    http-request del-header HTTP2-Settings
                    default_backend relance

                backend relance
                    balance roundrobin
                    cookie RELANCE_NODE insert indirect nocache httponly
                    option httpchk GET /health/live
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 2
                %4$s""".formatted(socket(), dir, port, servers);
    }

    /** One command of HAProxy's runtime API (e.g. "set server relance/n1 state maint"); its answer. */
    String command(String command) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket()));
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.UTF_8)));
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            while (channel.read(buffer) >= 0) {
                answer.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** HAProxy's view of a node: UP, DOWN, MAINT, "UP 1/2" (coming up), ... */
    String status(String server) throws IOException {
        String[] lines = command("show stat").split("\n");
        List<String> header = Arrays.asList(lines[0].replaceFirst("^# ", "").split(","));
        int pxname = header.indexOf("pxname");
        int svname = header.indexOf("svname");
        int status = header.indexOf("status");
        for (String line : lines) {
            String[] fields = line.split(",", -1);
            if (fields.length > status && "relance".equals(fields[pxname]) && server.equals(fields[svname])) {
                return fields[status];
            }
        }
        throw new IllegalStateException("HAProxy knows no server " + server);
    }

    void awaitStatus(String server, String expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            last = status(server);
            if (last.equals(expected)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("HAProxy still sees " + server + " " + last + ", not " + expected);
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    void stop() {
        if (process != null) {
            process.stop();
        }
    }

    Path socket() {
        return dir.resolve("haproxy.sock");
    }

    private static void writeErrorFile(Path file, String status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + "\r\n"
                + "Content-Type: text/html; charset=utf-8\r\n"
                + "Cache-Control: no-store\r\n"
                + "Retry-After: 5\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n\r\n";
        Files.write(file, (head + html).getBytes(StandardCharsets.UTF_8));
    }
}
