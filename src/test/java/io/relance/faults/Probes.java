package io.relance.faults;

import io.relance.devstack.ClusterStack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** What the outage tests look at from outside, as an operator would: health, node logs, the tables. */
final class Probes {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final ClusterStack cluster;

    Probes(ClusterStack cluster) {
        this.cluster = cluster;
    }

    /** Node i's /health/ready (status and body). */
    HttpResponse<String> readiness(int node) {
        return health(node, "/health/ready");
    }

    HttpResponse<String> liveness(int node) {
        return health(node, "/health/live");
    }

    private HttpResponse<String> health(int node, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(cluster.managementUrl(node) + path))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the condition holds, polling every second; false when the time ran out. */
    static boolean within(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(1000);
        }
        return condition.getAsBoolean();
    }

    /** Where node i's log ends now: {@link #logSince} reads what it wrote after. */
    long logMark(int node) throws IOException {
        Path log = cluster.nodeLog(node);
        return Files.exists(log) ? Files.size(log) : 0;
    }

    String logSince(int node, long mark) throws IOException {
        byte[] all = Files.readAllBytes(cluster.nodeLog(node));
        return new String(all, (int) Math.min(mark, all.length), (int) Math.max(0, all.length - mark), StandardCharsets.UTF_8);
    }

    /** The end of what node i logged since the mark (its last 6,000 characters), for a failure message. */
    String tail(int node, long mark) {
        try {
            String log = logSince(node, mark);
            return log.length() > 6000 ? log.substring(log.length() - 6000) : log;
        } catch (IOException e) {
            return e.toString();
        }
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    /** One number from the database (the test's own connection, not the app's). */
    long number(String sql, Object... params) throws SQLException {
        return number(cluster.jdbcUrl(), sql, params);
    }

    /** One number from the database server, connected to no database (there may be none to connect to). */
    long serverNumber(String sql, Object... params) throws SQLException {
        return number(cluster.jdbcUrl().replace("/relance?", "/?"), sql, params);
    }

    private static long number(String url, String sql, Object... params) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "root", "relance");
             PreparedStatement ps = prepared(c, sql, params);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The first column of every row, as text (the test's own connection). */
    List<String> texts(String sql, Object... params) throws SQLException {
        try (Connection c = DriverManager.getConnection(cluster.jdbcUrl(), "root", "relance");
             PreparedStatement ps = prepared(c, sql, params);
             ResultSet rs = ps.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    private static PreparedStatement prepared(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}
