package io.relance.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.IntConsumer;

/**
 * One statement run for many rows in JDBC batches, on the transaction's own connection: JPA with
 * IDENTITY keys cannot batch, and 100,000 rows must not make 100,000 round trips. A batch is sent
 * every {@link #SIZE} rows so that the driver never holds them all.
 */
public final class JdbcBatch {

    public static final int SIZE = 1000;

    /** Sets one row's parameters. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private JdbcBatch() {
    }

    public static <T> void run(EntityManager em, String sql, Iterable<T> rows, Binder<T> binder) {
        run(em, sql, rows, binder, sent -> {
        });
    }

    /** As {@link #run(EntityManager, String, Iterable, Binder)}; {@code sent} hears the rows sent so far after each batch. */
    public static <T> void run(EntityManager em, String sql, Iterable<T> rows, Binder<T> binder, IntConsumer sent) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                int pending = 0;
                int done = 0;
                for (T row : rows) {
                    binder.bind(ps, row);
                    ps.addBatch();
                    if (++pending == SIZE) {
                        ps.executeBatch();
                        done += pending;
                        pending = 0;
                        sent.accept(done);
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                    sent.accept(done + pending);
                }
            }
        });
    }
}
