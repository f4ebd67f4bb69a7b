package io.relance.interfaces.scheduling;

import io.relance.application.common.CapturedLog;

import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

import java.sql.SQLRecoverableException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A minute of database outage is two log lines from a poller, not thirty stack traces; it resumes by itself. */
class PollsTest {

    private final List<LogRecord> lines = new ArrayList<>();
    private final Polls poll = new Polls(logger(), "Engine poll", "Engine poll failed; the next poll goes on");

    @Test
    void aDatabaseOutageIsOneLineThenTheJobResumesByItself() {
        AtomicInteger ran = new AtomicInteger();
        boolean[] down = {true};
        Runnable drain = () -> {
            if (down[0]) {
                throw new EJBException(new IllegalStateException(new SQLRecoverableException("Communications link failure", "08S01")));
            }
            ran.incrementAndGet();
        };
        for (int tick = 0; tick < 30; tick++) {
            poll.run(drain);
        }
        down[0] = false;
        poll.run(drain);
        poll.run(drain);

        assertEquals(2, ran.get(), "the ticks after the outage ran the job");
        assertEquals(2, lines.size(), "paused, then resumed: " + lines.stream().map(LogRecord::getMessage).toList());
        assertEquals(Level.WARNING, lines.get(0).getLevel());
        assertNull(lines.get(0).getThrown());
        assertEquals(Level.INFO, lines.get(1).getLevel());
    }

    @Test
    void anyOtherFailureIsLoggedWithItsStackTraceEveryTime() {
        Runnable broken = () -> {
            throw new IllegalStateException("a bug");
        };
        poll.run(broken);
        poll.run(broken);
        assertEquals(2, lines.size());
        assertNotNull(lines.get(1).getThrown());
        assertEquals("Engine poll failed; the next poll goes on", lines.get(1).getMessage());
    }

    private Logger logger() {
        return CapturedLog.into(lines);
    }
}
