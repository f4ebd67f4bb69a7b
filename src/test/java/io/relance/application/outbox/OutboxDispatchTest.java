package io.relance.application.outbox;

import io.relance.application.common.AppClock;
import io.relance.application.tenant.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox round every channel shares, with a store and circuits kept in memory: each agency's
 * messages leave through the sender its own scope gives, a failure waits the retry policy's time,
 * three in a row open that agency's circuit for that channel alone, and a server nobody reaches ends
 * the round.
 */
class OutboxDispatchTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

    record Msg(long id, String tenant) implements OutboxMessage {
    }

    /** Rows of two agencies: PENDING until claimed, then SENDING, then sent, retried or failed. */
    static final class Store implements OutboxStore<Msg> {
        final Map<Long, Msg> pending = new LinkedHashMap<>();
        final Map<Long, Integer> tries = new HashMap<>();
        final Map<Long, String> sent = new LinkedHashMap<>();
        final Map<Long, Instant> retries = new HashMap<>();
        final Set<Long> failed = new HashSet<>();
        Circuit circuits;

        void add(String tenant, long... ids) {
            for (long id : ids) {
                pending.put(id, new Msg(id, tenant));
                tries.put(id, 0);
            }
        }

        @Override
        public List<String> tenantsWithDue(Instant now) {
            return pending.values().stream().map(Msg::tenant).distinct()
                    .filter(t -> !circuits.openFor(t, now)).toList();
        }

        @Override
        public List<Msg> claimDue(Instant now, int max, Instant lease) {
            List<Msg> claimed = pending.values().stream().filter(m -> m.tenant().equals(TenantContext.require()))
                    .filter(m -> !retries.containsKey(m.id()) || !retries.get(m.id()).isAfter(now)).limit(max).toList();
            claimed.forEach(m -> {
                pending.remove(m.id());
                tries.merge(m.id(), 1, Integer::sum);
            });
            return claimed;
        }

        @Override
        public boolean handing(long id, Instant lease) {
            return true;
        }

        @Override
        public int releaseLapsed(Instant now) {
            return 0;
        }

        @Override
        public void sent(long id, String providerId, Instant now) {
            sent.put(id, providerId);
        }

        @Override
        public int tries(long id) {
            return tries.get(id);
        }

        @Override
        public void retryAt(long id, String error, Instant at) {
            retries.put(id, at);
            pending.put(id, new Msg(id, TenantContext.require()));
        }

        @Override
        public void failed(long id, String error, Instant now) {
            failed.add(id);
        }

        @Override
        public void release(List<Long> ids) {
            ids.forEach(id -> {
                pending.put(id, new Msg(id, TenantContext.require()));
                tries.merge(id, -1, Integer::sum);
            });
        }
    }

    /** The circuits of one channel, per agency. */
    static final class Circuit implements Circuits {
        final Map<String, Integer> failures = new HashMap<>();
        final Map<String, Instant> openUntil = new HashMap<>();

        boolean openFor(String tenant, Instant now) {
            return openUntil.containsKey(tenant) && openUntil.get(tenant).isAfter(now);
        }

        @Override
        public void down(Channel channel, String error, int threshold, Instant now, Instant until) {
            if (failures.merge(TenantContext.require(), 1, Integer::sum) >= threshold) {
                openUntil.put(TenantContext.require(), until);
            }
        }

        @Override
        public void up(Channel channel) {
            failures.remove(TenantContext.require());
            openUntil.remove(TenantContext.require());
        }

        @Override
        public boolean open(Channel channel, Instant now) {
            return openFor(TenantContext.require(), now);
        }

        @Override
        public Optional<Outage> outage(Channel channel) {
            return Optional.empty();
        }
    }

    final Store store = new Store();
    final Circuit circuits = new Circuit();
    final OutboxDispatch dispatch = new OutboxDispatch();
    /** Which agency's scope each message was sent in, and what fails. */
    final Map<Long, String> sentIn = new HashMap<>();
    final Map<String, SendFailed> failing = new HashMap<>();

    @BeforeEach
    void wire() {
        store.circuits = circuits;
        dispatch.circuits = circuits;
        dispatch.clock = new AppClock();
        dispatch.clock.use(Clock.fixed(NOW, ZoneOffset.UTC));
        dispatch.leases = new OutboxLeases();
        dispatch.leases.clock = dispatch.clock;
        dispatch.leases.leaseSeconds = 900;
    }

    private int round() {
        return dispatch.across(dispatch, Channel.SMS, store, 10, () -> {
            String agency = TenantContext.require(); // the sender is the agency's own (an SMS operator)
            return m -> {
                if (failing.containsKey(agency)) {
                    throw failing.get(agency);
                }
                sentIn.put(m.id(), agency);
                return agency + "-" + m.id();
            };
        });
    }

    @Test
    void eachAgencysMessagesLeaveThroughItsOwnSenderAndAreMarkedSent() {
        store.add("a", 1, 2);
        store.add("b", 3);
        assertEquals(3, round());
        assertEquals(Map.of(1L, "a", 2L, "a", 3L, "b"), sentIn);
        assertEquals(Map.of(1L, "a-1", 2L, "a-2", 3L, "b-3"), store.sent, "with the channel's id of each");
        assertTrue(store.pending.isEmpty());
    }

    @Test
    void threeFailuresInARowOpenThatAgencysCircuitAloneAndItsMessagesWaitThePolicysTime() {
        store.add("a", 1, 2, 3, 4);
        store.add("b", 5);
        failing.put("a", new SendFailed("Cannot bind", false, false, null));
        assertEquals(1, round(), "agency b's message leaves all the same");
        assertEquals(Set.of(5L), store.sent.keySet());
        assertTrue(circuits.openFor("a", NOW), "a's circuit is open");
        assertFalse(circuits.failures.containsKey("b"));
        assertEquals(Map.of(1L, NOW.plus(Duration.ofMinutes(1)), 2L, NOW.plus(Duration.ofMinutes(1)),
                3L, NOW.plus(Duration.ofMinutes(1))), store.retries, "the policy's first wait, whichever the channel");
        assertEquals(0, store.tries(4), "the fourth was released untried");
        assertEquals(List.of(), store.tenantsWithDue(NOW.plus(Duration.ofMinutes(2))), "an open circuit: nobody is due");

        failing.clear();
        dispatch.clock.use(Clock.fixed(NOW.plus(OutboxRound.OPEN_FOR).plusSeconds(1), ZoneOffset.UTC));
        assertEquals(4, round(), "once the circuit lets them through, they leave");
        assertFalse(circuits.failures.containsKey("a"), "the channel answered: the circuit closed");
    }

    @Test
    void aServerNobodyReachesEndsTheRoundForEveryAgency() {
        store.add("a", 1, 2);
        store.add("b", 3);
        failing.put("a", new SendFailed("Connection refused", false, true, null));
        failing.put("b", new SendFailed("Connection refused", false, true, null));
        assertEquals(0, round());
        assertEquals(Map.of(1L, NOW.plus(Duration.ofMinutes(1))), store.retries, "one message tried");
        assertEquals(0, store.tries(2), "the agency's others wait untried");
        assertEquals(0, store.tries(3), "the next agency is not visited: the next round tries again");
    }

    @Test
    void aPermanentFailureFailsItsMessageAtOnceWithoutCountingAgainstTheAgency() {
        store.add("a", 1, 2);
        failing.put("a", new SendFailed("invalid address", true, false, null));
        round();
        assertEquals(Set.of(1L, 2L), store.failed);
        assertTrue(store.retries.isEmpty());
        assertFalse(circuits.failures.containsKey("a"));
    }
}
