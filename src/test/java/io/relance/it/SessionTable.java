package io.relance.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The web sessions' table of the test server (WildFly's shared JDBC store), read from the test JVM. */
final class SessionTable {

    static final String TABLE = "web_session_relance_war";

    /** A stored row: its id (a key type's digit, then the session's id) and its size. */
    record Row(String id, long bytes) {
        String session() {
            return id.substring(1);
        }
    }

    private SessionTable() {
    }

    static Connection connect() throws SQLException {
        return TestDatabase.connect();
    }

    /** How many rows the session has (its id after the key type's digit). */
    static long rowsOf(String session) throws SQLException {
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + TABLE + " WHERE id LIKE CONCAT('_', ?)")) {
            ps.setString(1, session);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void remove(String session) throws SQLException {
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement("DELETE FROM " + TABLE + " WHERE id LIKE CONCAT('_', ?)")) {
            ps.setString(1, session);
            ps.executeUpdate();
        }
    }

    /** A row's bytes (the marshalled session). */
    static byte[] datum(String id) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("SELECT datum FROM " + TABLE + " WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("no session row " + id);
                }
                return rs.getBytes(1);
            }
        }
    }

    static Set<String> ids() throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("SELECT id FROM " + TABLE);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /**
     * The largest row written since {@code before} (a session's attributes; its other rows are its
     * times), read until two readings agree: the last request's row may still be on its way.
     */
    static Optional<Row> largestSince(Set<String> before) throws Exception {
        Optional<Row> previous = Optional.empty();
        for (int i = 0; i < 20; i++) {
            Optional<Row> largest = Optional.empty();
            try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("SELECT id, LENGTH(datum) FROM " + TABLE);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row row = new Row(rs.getString(1), rs.getLong(2));
                    if (!before.contains(row.id()) && (largest.isEmpty() || row.bytes() > largest.get().bytes())) {
                        largest = Optional.of(row);
                    }
                }
            }
            if (i > 0 && largest.equals(previous)) {
                return largest;
            }
            previous = largest;
            Thread.sleep(250);
        }
        return previous;
    }
}
