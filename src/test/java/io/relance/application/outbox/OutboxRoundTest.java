package io.relance.application.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An agency's turn of the outbox, whichever the channel: what leaves, what waits and how long, what
 * fails for good, and when the agency's circuit stops the rest of its batch.
 */
class OutboxRoundTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:15:00Z");

    /** A channel whose gateway fails the listed messages, the way this test says. */
    private static final class FakeTurn implements OutboxRound.Turn<Long> {
        final List<Long> due;
        final Map<Long, SendFailed> failures = new HashMap<>();
        final List<Long> sent = new ArrayList<>();
        final List<Long> tried = new ArrayList<>();
        final List<Long> released = new ArrayList<>();
        final List<Long> failedIds = new ArrayList<>();
        final Set<Long> lapsed = new java.util.HashSet<>();
        final List<Long> handed = new ArrayList<>();
        boolean open;
        int downs;
        int ups;

        FakeTurn(Long... due) {
            this.due = List.of(due);
        }

        @Override
        public Channel channel() {
            return Channel.EMAIL;
        }

        @Override
        public boolean circuitOpen() {
            return open;
        }

        @Override
        public List<Long> claim() {
            return due;
        }

        @Override
        public long id(Long m) {
            return m;
        }

        @Override
        public boolean handing(Long m) {
            if (lapsed.contains(m)) {
                return false;
            }
            handed.add(m);
            return true;
        }

        @Override
        public String send(Long m) throws SendFailed {
            assertTrue(handed.contains(m), "handed over (committed) before it leaves: " + m);
            tried.add(m);
            if (failures.containsKey(m)) {
                throw failures.get(m);
            }
            return "p" + m;
        }

        @Override
        public void sent(Long m, String providerId) {
            sent.add(m);
        }

        @Override
        public void failed(long id, SendFailed failure) {
            failedIds.add(id);
        }

        @Override
        public boolean down(String error) {
            return ++downs >= OutboxRound.OPEN_AFTER;
        }

        @Override
        public void up() {
            ups++;
        }

        @Override
        public void release(List<Long> ids) {
            released.addAll(ids);
        }
    }

    private static SendFailed transientFailure() {
        return new SendFailed("Connection refused", false, false, null);
    }

    @Test
    void everyDueMessageLeavesAndTheCircuitIsToldTheChannelAnswers() {
        FakeTurn turn = new FakeTurn(1L, 2L);
        OutboxRound.Outcome outcome = OutboxRound.run("t", turn);
        assertEquals(2, outcome.sent());
        assertEquals(List.of(1L, 2L), turn.sent);
        assertEquals(1, turn.ups);
    }

    @Test
    void theThirdFailureInARowOpensTheCircuitAndTheRestWaitsUntried() {
        FakeTurn turn = new FakeTurn(1L, 2L, 3L, 4L, 5L);
        for (long id = 1; id <= 5; id++) {
            turn.failures.put(id, transientFailure());
        }
        OutboxRound.Outcome outcome = OutboxRound.run("t", turn);
        assertEquals(0, outcome.sent());
        assertEquals(List.of(1L, 2L, 3L), turn.tried, "nothing is tried once the circuit is open");
        assertEquals(List.of(1L, 2L, 3L), turn.failedIds);
        assertEquals(List.of(4L, 5L), turn.released, "the others wait, as if never claimed");
        assertEquals(0, turn.ups);
    }

    @Test
    void aMessageWhoseClaimLapsedIsNotSentByThisTurn() {
        FakeTurn turn = new FakeTurn(1L, 2L, 3L);
        turn.lapsed.add(2L); // the sweep gave it back to wait: another round (maybe another node) has it now
        OutboxRound.Outcome outcome = OutboxRound.run("t", turn);
        assertEquals(List.of(1L, 3L), turn.tried);
        assertEquals(List.of(1L, 3L), turn.sent);
        assertEquals(2, outcome.sent());
        assertTrue(turn.failedIds.isEmpty(), "not a failure of the channel");
    }

    @Test
    void anOpenCircuitClaimsNothing() {
        FakeTurn turn = new FakeTurn(1L);
        turn.open = true;
        assertEquals(0, OutboxRound.run("t", turn).sent());
        assertTrue(turn.tried.isEmpty());
    }

    @Test
    void aPermanentFailureFailsItsMessageAloneAndDoesNotCountAgainstTheChannel() {
        FakeTurn turn = new FakeTurn(1L, 2L);
        turn.failures.put(1L, new SendFailed("invalid address", true, false, null));
        OutboxRound.Outcome outcome = OutboxRound.run("t", turn);
        assertEquals(List.of(1L), turn.failedIds);
        assertEquals(0, turn.downs);
        assertEquals(List.of(2L), turn.sent);
        assertEquals(1, outcome.sent());
    }

    @Test
    void aServerThatAnswersNothingStopsTheBatchAndSaysSo() {
        FakeTurn turn = new FakeTurn(1L, 2L, 3L);
        turn.failures.put(1L, new SendFailed("Connection refused", false, true, null));
        OutboxRound.Outcome outcome = OutboxRound.run("t", turn);
        assertTrue(outcome.unreachable());
        assertEquals(List.of(1L), turn.tried);
        assertEquals(List.of(2L, 3L), turn.released);
        assertEquals(1, turn.downs, "it still counts against the agency's circuit");
    }

    /** Rows that remember how each message was left. */
    private static final class FakeRows implements OutboxRows {
        final Map<Long, Integer> tries = new HashMap<>();
        final Map<Long, Instant> retries = new HashMap<>();
        final Map<Long, String> failed = new HashMap<>();

        @Override
        public boolean handing(long id, Instant lease) {
            return true;
        }

        @Override
        public int tries(long id) {
            return tries.get(id);
        }

        @Override
        public void retryAt(long id, String error, Instant at) {
            retries.put(id, at);
        }

        @Override
        public void failed(long id, String error, Instant now) {
            failed.put(id, error);
        }

        @Override
        public void release(List<Long> ids) {
        }
    }

    @Test
    void aTransientFailureWaitsAMinuteThenTwoThenFourThenEightAndTheFifthFailsForGood() {
        FakeRows rows = new FakeRows();
        for (int tries = 1; tries <= 5; tries++) {
            rows.tries.put((long) tries, tries);
            OutboxRound.failedOnce(rows, tries, transientFailure(), NOW);
        }
        assertEquals(Map.of(1L, NOW.plus(Duration.ofMinutes(1)), 2L, NOW.plus(Duration.ofMinutes(2)),
                3L, NOW.plus(Duration.ofMinutes(4)), 4L, NOW.plus(Duration.ofMinutes(8))), rows.retries);
        assertEquals(Set.of(5L), rows.failed.keySet());
    }

    @Test
    void aPermanentFailureFailsAtTheFirstTry() {
        FakeRows rows = new FakeRows();
        rows.tries.put(1L, 1);
        OutboxRound.failedOnce(rows, 1L, new SendFailed("invalid address", true, false, null), NOW);
        assertEquals("invalid address", rows.failed.get(1L));
        assertFalse(rows.retries.containsKey(1L));
    }
}
