package io.relance.faults;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.relance.infrastructure.security.SealedWith;
import io.relance.it.SmppPeer;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kill -9 of a node mid-drain (issue 20 §2): an agency of its own with 100,004 due steps
 * ({@link DrainTenant}), anchor SMS for its SMPP operator (the test's jSMPP server) and 300 emails
 * (GreenMail on the faults profile's SMTP port, where the nodes send). Both nodes drain; node 1 is
 * killed when a quarter of the steps are done; node 2 finishes. Then what an operator and the
 * recipients would see: every step done once, and at the protocol peers no SMS nor email received
 * twice, each message the outboxes call SENT received once. Timings go to stdout.
 */
class KillMidDrainFaultIT extends ClusterFault {

    /** StepRunner.LEASE: a claimed step whose node died goes back to the queue after it. */
    private static final Duration LEASE = Duration.ofMinutes(2);
    /** The outbox rounds' period on each node (OutboxPoller). */
    private static final Duration ROUND = Duration.ofSeconds(5);
    /** The outbox's lease on the faults cluster (TestStackListener: RELANCE_OUTBOX_LEASE_SECONDS). */
    private static final Duration OUTBOX_LEASE = Duration.ofMinutes(2);
    /** What one node claims per agency and round (SmsDispatch.BATCH, MailDispatch.BATCH). */
    private static final int SMS_BATCH = 100;
    private static final int MAIL_BATCH = 50;
    /** An SMPP password is at most 8 characters (jSMPP refuses to send a longer one in the bind). */
    private static final String PASSWORD = "drain-pw";

    private final Probes probes = new Probes(cluster);
    private final long started = System.nanoTime();
    private DrainTenant agency;
    private SmppPeer operator;
    private GreenMail smtp;

    @BeforeEach
    void agencyAndPeers() throws Exception {
        assertNotNull(cluster.nodeSetting("RELANCE_SMS_ALLOWED_HOSTS"), "the nodes may reach the test's SMPP server on localhost");
        Integer smtpPort = Integer.getInteger("relance.smtp.port");
        assertNotNull(smtpPort, "the faults profile names the nodes' SMTP port (relance.smtp.port)");
        // nobody else listens there in the faults profile: the nodes' emails go to this GreenMail
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
        smtp.start();
        operator = new SmppPeer("relance", PASSWORD);
        agency = new DrainTenant("drain-" + UUID.randomUUID().toString().substring(0, 8), cluster.jdbcUrl());
    }

    @AfterEach
    void peersDown() throws Exception {
        if (smtp != null) {
            smtp.stop();
        }
        if (operator != null) {
            operator.close();
        }
        if (agency != null) {
            long t = System.nanoTime();
            agency.delete();
            log("agency %s deleted in %.1f s; whole test %.0f s", agency.id, seconds(t), seconds(started));
        }
    }

    @Test
    void theOtherNodeFinishesAndNothingIsLostNorDoneTwice() throws Exception {
        long node2Log = probes.logMark(2);
        long t = System.nanoTime();
        agency.seed(operator.port(), SealedWith.key(cluster.nodeSetting("RELANCE_SECRETS_KEY")).encrypt(PASSWORD));
        agency.queueEmails();
        long total = steps("");
        log("seeded %d due steps (%d with an SMS to send), %d emails in %.1f s", total,
                number("SELECT COUNT(*) FROM contact WHERE tenant_id = ? AND mobile IS NOT NULL"),
                number("SELECT COUNT(*) FROM mail_outbox WHERE tenant_id = ?"), seconds(t));
        assertTrue(total >= 100_000, "100,000 due steps: " + total);

        t = System.nanoTime();
        assertTrue(Probes.within(Duration.ofMinutes(3), () -> steps("AND status = 'DONE'") >= total / 4),
                "both nodes drained a quarter of the steps within 3 minutes: " + progress());
        Instant killedAt = Instant.now();
        cluster.killNode(1);
        long doneAtKill = steps("AND status = 'DONE'");
        log("node 1 killed at %d of %d steps done (%.1f s of drain, %.0f steps/s)", doneAtKill, total, seconds(t),
                doneAtKill / seconds(t));

        // node 2's own claims finish within a tick or two; what is still RUNNING 15 s later with a lease
        // taken before the kill was node 1's when it died
        Thread.sleep(15_000);
        Map<Long, Double> held = leases(killedAt.plus(LEASE));
        log("steps node 1 held when it died (RUNNING, lease ending by %s): %d", killedAt.plus(LEASE), held.size());

        assertTrue(Probes.within(LEASE.plusMinutes(3), () -> steps("AND status IN ('PENDING', 'RUNNING')") == 0),
                "node 2 finished the drain within " + LEASE.plusMinutes(3).toMinutes() + " minutes of the kill (the lease is "
                        + LEASE.toMinutes() + "): " + progress() + "\n" + probes.tail(2, node2Log));
        log("node 2 finished alone %d s after the kill (%s)", Duration.between(killedAt, Instant.now()).toSeconds(), progress());
        // what node 1 had claimed but not handed over comes back once its lease lapses (the faults
        // cluster's outbox lease is OUTBOX_LEASE) and the next minute's sweep
        assertTrue(Probes.within(OUTBOX_LEASE.plusMinutes(3), () -> outbox("sms_outbox", "= 'PENDING'") == 0
                        && outbox("mail_outbox", "= 'PENDING'") == 0 && leased("sms_outbox") == 0 && leased("mail_outbox") == 0),
                "every SMS and email due was taken and handed over by node 2: " + outboxes() + "\n" + probes.tail(2, node2Log));

        // node 1 comes back: neither node sends again what node 1 left SENDING in doubt (two rounds of each)
        t = System.nanoTime();
        cluster.startNode(1);
        log("node 1 restarted and ready in %.1f s", seconds(t));
        Thread.sleep(ROUND.multipliedBy(2).plusSeconds(1).toMillis());

        assertEveryStepDoneOnce(total, held);
        assertSmsAtTheOperator();
        assertEmailsAtTheServer();
        log("outboxes: %s", outboxes());
    }

    /**
     * 0 steps lost, 0 run twice. What the engine guarantees (StepRunner.execute, JpaStepStore.markDone):
     * a chunk's steps are marked DONE, runs + 1, only while still RUNNING, in the one transaction of
     * their effects. The chunk node 1 was running when it died never committed: the database rolled
     * it back when the node's connections dropped, so its steps stayed RUNNING until their lease ran
     * out, went back to PENDING and ran once on node 2; a DONE step is never claimed again. So runs is
     * 1 for every step, those node 1 held included (the earlier version of this test saw "highest run
     * count 1" too): a 2 anywhere is an engine bug, not the fault's due.
     */
    private void assertEveryStepDoneOnce(long total, Map<Long, Double> held) throws SQLException {
        assertEquals(total, steps("AND status = 'DONE'"), "0 steps lost: every step is DONE (" + progress() + ")");
        assertEquals(0, steps("AND runs <> 1"), "0 steps run twice: every step ran exactly once (highest run count "
                + number("SELECT MAX(runs) FROM due_step WHERE tenant_id = ?") + ")");
        List<String> early = new ArrayList<>();
        Map<Long, Double> executed = executedAt(held.keySet());
        held.forEach((id, lease) -> {
            if (executed.get(id) == null || executed.get(id) < lease) {
                early.add(id + " (lease until " + lease + ", executed at " + executed.get(id) + ")");
            }
        });
        assertTrue(early.isEmpty(), "the steps node 1 held ran on node 2 only once their lease was over: " + early);
        log("steps: %d DONE, highest run count %d; %d held by node 1 ran on node 2 after their lease", total,
                number("SELECT MAX(runs) FROM due_step WHERE tenant_id = ?"), held.size());
    }

    /**
     * At the operator: no person received the anchor SMS twice. What the product promises
     * (OutboxRound, docs/OPERATIONS.md "A node dies"): a claimed message is SENDING under a lease,
     * committed before anything leaves; its hand-over (the lease dropped) is committed just before it
     * leaves, and a handed-over row is never sent again. What node 1 had claimed but not handed over
     * waited again once its lease lapsed, and node 2 sent it. The one message node 1 was handing over
     * as it died stays SENDING, in doubt (received or not, its SENT never committed): never sent twice.
     */
    private void assertSmsAtTheOperator() throws SQLException {
        Map<String, Long> received = counted(operator.received().stream().map(SmppPeer.Received::to).toList());
        assertTrue(twice(received).isEmpty(), "no person received the same SMS twice: " + twice(received));
        Set<String> sent = numbers("SENT");
        Set<String> sending = numbers("SENDING");
        assertPeerMatchesOutbox("SMS", received.keySet(), sent, sending, SMS_BATCH);
        assertEquals(0, outbox("sms_outbox", "NOT IN ('SENT', 'SENDING')"), "no SMS failed or waits: " + outboxes());
        assertFalse(sent.isEmpty(), "SMS went out during the drain: " + outboxes());
    }

    /** At the SMTP server: no email arrived twice; the outbox's SENT ones arrived once (see {@link #assertSmsAtTheOperator}). */
    private void assertEmailsAtTheServer() throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            to.addAll(recipients(m).stream().filter(a -> a.endsWith("@" + agency.id + ".test")).toList());
        }
        Map<String, Long> received = counted(to);
        assertTrue(twice(received).isEmpty(), "no email arrived twice: " + twice(received));
        Set<String> sent = new HashSet<>(texts("SELECT to_email FROM mail_outbox WHERE tenant_id = ? AND status = 'SENT'"));
        Set<String> sending = new HashSet<>(texts("SELECT to_email FROM mail_outbox WHERE tenant_id = ? AND status = 'SENDING'"));
        assertPeerMatchesOutbox("email", received.keySet(), sent, sending, MAIL_BATCH);
        assertEquals(0, outbox("mail_outbox", "NOT IN ('SENT', 'SENDING')"), "no email failed or waits: " + outboxes());
        assertEquals(DrainTenant.EMAILS, sent.size() + sending.size(), "every email of the outbox was taken once: " + outboxes());
    }

    /**
     * The peer's recipients against the outbox: each SENT one received (the count of SENT rows equals
     * the messages received, less those sent but not recorded), anything else received is a message
     * left SENDING, and no more than the one node 1 was handing over as it died is left SENDING.
     */
    private static void assertPeerMatchesOutbox(String what, Set<String> received, Set<String> sent, Set<String> sending,
                                                int batch) {
        Set<String> missing = new HashSet<>(sent);
        missing.removeAll(received);
        assertTrue(missing.isEmpty(), "every " + what + " recorded SENT reached the peer; never received: " + missing);
        Set<String> unrecorded = new HashSet<>(received);
        unrecorded.removeAll(sent);
        Set<String> stranger = new HashSet<>(unrecorded);
        stranger.removeAll(sending);
        assertTrue(stranger.isEmpty(), "the peer received only messages of the outbox: " + stranger);
        assertEquals(sent.size(), received.size() - unrecorded.size(), what + ": the SENT rows are the messages received");
        assertTrue(sending.size() <= 1, "at most the one " + what + " node 1 was handing over as it died is left SENDING (its "
                + "claim of up to " + batch + " was sent by node 2): " + sending.size());
        log("%s: %d received at the peer, each once; %d SENT; %d sent by node 1 as it died, not recorded (SENDING); "
                + "%d handed over by node 1 as it died, not received (SENDING)", what, received.size(), sent.size(),
                unrecorded.size(), sending.size() - unrecorded.size());
    }

    private long steps(String condition) {
        return number("SELECT COUNT(*) FROM due_step WHERE tenant_id = ? " + condition);
    }

    /** Messages claimed and not handed over yet (under a lease). */
    private long leased(String table) {
        return number("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ? AND status = 'SENDING' AND lease_until IS NOT NULL");
    }

    private long outbox(String table, String status) {
        return number("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ? AND status " + status);
    }

    private long number(String sql) {
        try {
            return probes.number(sql, agency.id);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private List<String> texts(String sql) throws SQLException {
        return probes.texts(sql, agency.id);
    }

    /** The agency's mobiles whose SMS has this status, as the operator sees them (no "+"). */
    private Set<String> numbers(String status) throws SQLException {
        return texts("SELECT to_number FROM sms_outbox WHERE tenant_id = ? AND status = '" + status + "'").stream()
                .map(n -> n.replace("+", "")).collect(Collectors.toSet());
    }

    /** The RUNNING steps whose lease ends by {@code until}: id → lease end (database seconds). */
    private Map<Long, Double> leases(Instant until) throws SQLException {
        return pairs(probes.texts("SELECT CONCAT(id, ' ', UNIX_TIMESTAMP(lease_until)) FROM due_step WHERE tenant_id = ? "
                + "AND status = 'RUNNING' AND lease_until <= ?", agency.id, Timestamp.from(until)));
    }

    private Map<Long, Double> executedAt(Set<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return pairs(texts("SELECT CONCAT(id, ' ', COALESCE(UNIX_TIMESTAMP(executed_at), 0)) FROM due_step "
                + "WHERE tenant_id = ? AND id IN (" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")"));
    }

    private static Map<Long, Double> pairs(List<String> rows) {
        Map<Long, Double> pairs = new TreeMap<>();
        rows.forEach(r -> pairs.put(Long.parseLong(r.split(" ")[0]), Double.parseDouble(r.split(" ")[1])));
        return pairs;
    }

    private String progress() {
        return "steps by status " + grouped("SELECT CONCAT(status, '=', COUNT(*)) FROM due_step WHERE tenant_id = ? GROUP BY status");
    }

    private String outboxes() {
        return "SMS " + grouped("SELECT CONCAT(status, '=', COUNT(*)) FROM sms_outbox WHERE tenant_id = ? GROUP BY status")
                + ", emails " + grouped("SELECT CONCAT(status, '=', COUNT(*)) FROM mail_outbox WHERE tenant_id = ? GROUP BY status");
    }

    private String grouped(String sql) {
        try {
            return texts(sql).toString();
        } catch (SQLException e) {
            return e.toString();
        }
    }

    private static List<String> recipients(MimeMessage m) throws MessagingException {
        Address[] to = m.getRecipients(Message.RecipientType.TO);
        return to == null ? List.of() : Arrays.stream(to).map(a -> ((InternetAddress) a).getAddress().toLowerCase()).toList();
    }

    private static Map<String, Long> counted(List<String> values) {
        return values.stream().filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }

    private static Map<String, Long> twice(Map<String, Long> counted) {
        return counted.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.out.printf("[KillMidDrainFaultIT] " + format + "%n", args);
    }
}
