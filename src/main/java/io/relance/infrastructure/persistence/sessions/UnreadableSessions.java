package io.relance.infrastructure.persistence.sessions;

import jakarta.annotation.Resource;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Before WildFly's session manager starts, removes the stored sessions it could not read. That start
 * reads every row of the sessions' table and fails the whole deployment on one it cannot parse
 * (seen under the load test: a row written while its session changed, see {@link SessionEnvelope}),
 * so one person's broken session kept the node down. Listeners run before that start (Undertow's
 * deployment calls them first). The person whose session it was logs in again; the row's bytes are
 * kept in the server's data folder for diagnosis. Nothing here may fail the deployment itself.
 * <p>
 * The check reads WildFly's own row format; should a WildFly upgrade change it, every row would look
 * broken, and removing them would log everybody out at each start. So when most rows look broken,
 * nothing is removed and the start is left to WildFly, which reads its own format.
 */
@WebListener
public class UnreadableSessions implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(UnreadableSessions.class.getName());

    /**
     * A row's id is a key type in hexadecimal, then the session's id; the type is one digit while
     * WildFly has fewer than 17 key formats (its FormatterKeyMapper).
     */
    private static final int KEY_TYPE = 1;

    /** Broken rows whose bytes are kept on disk, at most (a changed format would make them all "broken"). */
    private static final int KEPT = 20;

    @Resource(lookup = "java:jboss/datasources/SessionDS")
    DataSource sessions;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try (Connection c = sessions.getConnection()) {
            for (String table : tables(c)) {
                Check check = check(c, table);
                if (check.brokenRows() == 0) {
                    continue;
                }
                if (!check.looksLikeDamage()) {
                    LOG.severe(() -> check.brokenRows() + " of " + check.rows() + " stored web sessions in " + table
                            + " look unreadable: their format has probably changed (a WildFly upgrade?); none removed");
                    continue;
                }
                for (String session : check.sessions()) {
                    remove(c, table, session);
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The stored web sessions could not be checked before the start", e);
        }
    }

    /** The store's tables (one per deployment: web_session_ and the deployment's name; not their _META). */
    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND table_name LIKE 'web!_session!_%' ESCAPE '!' AND column_name = 'datum'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /**
     * What a table holds: its rows, and the sessions that have a row that does not parse. Each row is
     * read once, streamed (rows are tens of KB).
     */
    private static Check check(Connection c, String table) throws SQLException {
        int rows = 0;
        int brokenRows = 0;
        Set<String> sessions = new LinkedHashSet<>(); // a session has several rows
        try (Statement s = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            s.setFetchSize(Integer.MIN_VALUE); // MySQL's driver streams the rows instead of holding them all
            try (ResultSet rs = s.executeQuery("SELECT id, datum FROM " + table)) {
                while (rs.next()) {
                    rows++;
                    String id = rs.getString(1);
                    byte[] datum = rs.getBytes(2);
                    if (datum != null && !SessionEnvelope.intact(datum)) {
                        if (++brokenRows <= KEPT) {
                            keep(id, datum);
                        }
                        sessions.add(id.substring(Math.min(KEY_TYPE, id.length())));
                    }
                }
            }
        }
        return new Check(rows, brokenRows, sessions);
    }

    /** A table's rows, how many of them do not parse, and the sessions those belong to. */
    record Check(int rows, int brokenRows, Set<String> sessions) {

        /**
         * Damage strikes a row here and there (a session written while it changed); a format the check
         * does not know breaks most rows at once. A few broken rows are always removed: a table of one
         * or two sessions tells nothing about the format, and one person logs in again.
         */
        boolean looksLikeDamage() {
            return brokenRows < 3 || brokenRows * 2 <= rows;
        }
    }

    private static void remove(Connection c, String table, String session) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id LIKE ? ESCAPE '!'")) {
            ps.setString(1, "%" + session.replace("!", "!!").replace("%", "!%").replace("_", "!_"));
            int rows = ps.executeUpdate();
            LOG.warning(() -> "Removed an unreadable stored web session (" + rows + " rows of " + table
                    + ") so that this node can start; its owner logs in again");
        }
    }

    /** The row's bytes, to see later how it was written. */
    private static void keep(String id, byte[] datum) {
        String data = System.getProperty("jboss.server.data.dir");
        if (data == null) {
            return;
        }
        try {
            Path folder = Files.createDirectories(Path.of(data, "unreadable-sessions"));
            Path file = Files.write(folder.resolve(id.replaceAll("[^A-Za-z0-9_-]", "_") + ".bin"), datum);
            LOG.warning(() -> "Unreadable stored web session (" + datum.length + " bytes), kept in " + file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The unreadable session's bytes could not be kept", e);
        }
    }
}
