package io.relance.application.common;

import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** A logger of its own whose lines land in a list, for tests that assert what an outage logs (and how often). */
public final class CapturedLog {

    private CapturedLog() {
    }

    public static Logger into(List<LogRecord> lines) {
        Logger log = Logger.getAnonymousLogger();
        log.setUseParentHandlers(false);
        log.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        return log;
    }
}
