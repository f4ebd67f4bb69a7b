package io.relance.application.common;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLRecoverableException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseOutageTest {

    /** What a page gets from a service while MariaDB is stopped: the pool cannot create a connection. */
    static RuntimeException poolCannotConnect() {
        SQLException driver = new SQLRecoverableException("Communications link failure", "08S01");
        ResourceException pool = new ResourceException("IJ000453: Unable to get managed connection for java:jboss/datasources/MySQLDS", driver);
        SQLException wrapper = new SQLException("IJ031084: Unable to create connection", pool);
        return new EJBException(new PersistenceException("Unable to acquire JDBC Connection", wrapper));
    }

    @Test
    void aServiceFailingForWantOfAConnectionIsAnOutage() {
        assertTrue(DatabaseOutage.isCause(poolCannotConnect()));
        assertTrue(DatabaseOutage.isCause(new IllegalStateException(new SQLException("Connection refused", "08001"))));
        assertTrue(DatabaseOutage.isCause(new IllegalStateException(new ResourceException("IJ000655: No managed connections available"))));
    }

    @Test
    void aRefusedValueOrABugIsNot() {
        assertFalse(DatabaseOutage.isCause(new EJBException(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")))));
        assertFalse(DatabaseOutage.isCause(new IllegalArgumentException("bad")));
        assertFalse(DatabaseOutage.isCause(null));
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(DatabaseOutage.isCause(a));
    }

    @Test
    void theSummaryNamesTheInnermostCause() {
        assertEquals("SQLRecoverableException: Communications link failure", DatabaseOutage.summary(poolCannotConnect()));
    }

    @Test
    void anOutageIsLoggedOnceWhenItStartsAndOnceWhenItEnds() {
        List<LogRecord> lines = new ArrayList<>();
        Logger log = capture(lines);
        DatabaseOutage outage = new DatabaseOutage(log, "Engine poll");

        for (int tick = 0; tick < 30; tick++) {
            assertTrue(outage.failed(poolCannotConnect()));
        }
        assertTrue(outage.ongoing());
        outage.succeeded();
        outage.succeeded();

        assertEquals(2, lines.size(), "one line when it starts, one when it ends");
        assertEquals(Level.WARNING, lines.get(0).getLevel());
        assertTrue(lines.get(0).getMessage().startsWith("Engine poll paused: the database cannot be reached"), lines.get(0).getMessage());
        assertNull(lines.get(0).getThrown(), "no stack trace");
        assertEquals(Level.INFO, lines.get(1).getLevel());
        assertTrue(lines.get(1).getMessage().startsWith("Engine poll resumed"), lines.get(1).getMessage());
        assertFalse(outage.ongoing());
    }

    @Test
    void anotherFailureIsLeftToTheCaller() {
        List<LogRecord> lines = new ArrayList<>();
        DatabaseOutage outage = new DatabaseOutage(capture(lines), "Engine poll");
        assertFalse(outage.failed(new IllegalStateException("a bug")));
        assertEquals(0, lines.size());
    }

    static Logger capture(List<LogRecord> lines) {
        return CapturedLog.into(lines);
    }
}
