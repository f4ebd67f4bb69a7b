package io.relance.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.jdbc.Work;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Many rows go in batches of a thousand (never all at once), each row bound once, and progress is told per batch. */
class JdbcBatchTest {

    /** What the statement saw: "bind n", "add", "send" in order, and whether it was closed. */
    private final List<String> seen = new ArrayList<>();

    @Test
    void rowsAreSentAThousandAtATimeAndTheLastPartialBatchToo() {
        List<Integer> progress = new ArrayList<>();
        List<Integer> rows = IntStream.range(0, 2500).boxed().toList();

        JdbcBatch.run(entityManager(), "INSERT", rows, (ps, row) -> seen.add("bind " + row), progress::add);

        assertEquals(2500, seen.stream().filter(s -> s.startsWith("bind")).count());
        assertEquals(2500, seen.stream().filter("add"::equals).count());
        assertEquals(List.of(1000, 2000, 2500), progress);
        assertEquals(3, seen.stream().filter("send"::equals).count());
        assertEquals("send", seen.get(seen.indexOf("bind 999") + 2), "the first batch goes right after the 1000th row");
        assertEquals("closed", seen.get(seen.size() - 1));
    }

    @Test
    void noRowSendsNothing() {
        List<Integer> progress = new ArrayList<>();

        JdbcBatch.run(entityManager(), "INSERT", List.<Integer>of(), (ps, row) -> seen.add("bind " + row), progress::add);

        assertEquals(List.of("closed"), seen);
        assertEquals(List.of(), progress);
    }

    private EntityManager entityManager() {
        PreparedStatement statement = proxy(PreparedStatement.class, (name, args) -> {
            switch (name) {
                case "addBatch" -> seen.add("add");
                case "executeBatch" -> {
                    seen.add("send");
                    return new int[0];
                }
                case "close" -> seen.add("closed");
                default -> {
                }
            }
            return null;
        });
        Connection connection = proxy(Connection.class, (name, args) -> "prepareStatement".equals(name) ? statement : null);
        Session session = proxy(Session.class, (name, args) -> {
            if ("doWork".equals(name)) {
                try {
                    ((Work) args[0]).execute(connection);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return null;
        });
        return proxy(EntityManager.class, (name, args) -> "unwrap".equals(name) ? session : null);
    }

    private interface Call {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Call call) {
        return type.cast(Proxy.newProxyInstance(JdbcBatchTest.class.getClassLoader(), new Class<?>[]{type},
                (self, method, args) -> call.answer(method.getName(), args)));
    }
}
