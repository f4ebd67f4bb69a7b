package io.relance.application.sequence;

import io.relance.application.campaigns.HaltStore;
import io.relance.application.common.AppClock;
import io.relance.application.tenant.TenantScope;
import io.relance.domain.campaign.Campaign;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.campaign.Client;
import io.relance.domain.campaign.Enrolment;
import io.relance.domain.campaign.TaskKind;
import io.relance.domain.contact.Contact;
import io.relance.domain.contact.ContactInput;
import io.relance.domain.contact.ContactRules;
import io.relance.domain.sequence.EnrolmentState;
import io.relance.domain.sequence.EnrolmentStatus;
import io.relance.domain.sequence.OneByOne;
import io.relance.domain.sequence.SequenceHistory;
import io.relance.domain.sequence.SequenceHistory.Call;
import io.relance.domain.sequence.SequenceHistory.CallbackCloses;
import io.relance.domain.sequence.SequenceHistory.CallbackDue;
import io.relance.domain.sequence.SequenceHistory.DayEnds;
import io.relance.domain.sequence.SequenceHistory.Event;
import io.relance.domain.sequence.SequenceHistory.Pause;
import io.relance.domain.sequence.SequenceHistory.SequenceEnds;
import io.relance.domain.sequence.SequenceHistory.SlotCloses;
import io.relance.domain.sequence.SequenceHistory.SlotOpens;
import io.relance.domain.sequence.SequenceHistory.Withdraw;
import io.relance.domain.sequence.SequencePlan;
import io.relance.domain.sequence.StepKind;
import io.relance.domain.sequence.TaskStatus;
import io.relance.domain.tenant.Agency;
import io.relance.infrastructure.persistence.Rows;
import io.relance.it.Deployments;
import io.relance.it.InTenant;
import io.relance.it.RunAsChef;
import io.relance.it.TenantSql;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sequence's rules have one home (the domain's table of transitions), read two ways: the
 * engine's set-based SQL over chunks of enrolments, and {@link EnrolmentState} one enrolment at a
 * time. Random outcome histories, drawn by jqwik from a fixed seed, run through both — the
 * engine's statements on the real database (each round of steps applied as one chunk, the callers'
 * outcomes through {@link AttemptService}, pauses and early ends through their stores) and
 * {@link OneByOne} in memory — and after every round the enrolments, their call tasks and the
 * steps booked must be the same.
 */
@ExtendWith(ArquillianExtension.class)
class TransitionsEquivalenceIT {

    /** Change it to explore; a failure names the seed, the round and the enrolment's history. */
    static final long SEED = 20261204L;
    static final int HISTORIES = 150;
    static final int LENGTH = 14;

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance()
                .addClasses(TransitionsEquivalenceIT.class, RunAsChef.class, InTenant.class, TenantSql.class,
                        SequenceHistory.class, OneByOne.class)
                .addAsLibraries(Deployments.jqwikGenerators());
    }

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    EngineEffects effects;

    @Inject
    TaskStore tasks;

    @Inject
    HaltStore halts;

    @Inject
    WithdrawalStore withdrawals;

    @Inject
    AttemptService attempts;

    @Inject
    RunAsChef chef;

    @Inject
    TenantSql db;

    String tenant;

    @AfterEach
    void realTime() {
        clock.use(Clock.systemUTC());
    }

    @Test
    void theSetBasedEngineAndTheOneByOneRulesAgreeOnRandomHistories() throws Exception {
        List<SequenceHistory> histories = SequenceHistory.sample(HISTORIES, LENGTH, SEED);
        tenant = "rules-" + UUID.randomUUID().toString().substring(0, 8);
        db.use(tenant);
        clock.use(Clock.fixed(SequenceHistory.NOW, ZoneOffset.UTC));
        List<Long> enrolments = enrol(histories);
        List<OneByOne> expected = histories.stream().map(OneByOne::new).toList();
        int calls = 0;
        for (int round = 0; round < LENGTH; round++) {
            int r = round;
            db.in(() -> engineRound(enrolments, histories, r));
            calls += callerRound(enrolments, histories, r);
            for (int i = 0; i < expected.size(); i++) {
                expected.get(i).apply(histories.get(i).events().get(round));
            }
            compare(enrolments, histories, expected, round);
        }
        assertTrue(calls > HISTORIES / 2, "the histories log outcomes: " + calls);
        long closed = expected.stream().filter(s -> s.state().status().isClosed()).count();
        assertTrue(closed > HISTORIES / 4 && closed < HISTORIES, "some sequences close, some go on: " + closed);
    }

    /** One agency, a commercial offer (no newsroom closes a colleague), one contact and six slots per history. */
    private List<Long> enrol(List<SequenceHistory> histories) throws Exception {
        return db.in(() -> {
            em.persist(new Agency(tenant, "Agence " + tenant, "FR", "fr", Instant.now()));
            Client client = new Client("Marque", Instant.now());
            em.persist(client);
            Campaign campaign = new Campaign(client, CampaignKind.COMMERCIAL_OFFER, "Offre", LocalDate.of(2030, 1, 7), "chef@x.fr",
                    Instant.now());
            em.persist(campaign);
            em.flush();
            List<Long> ids = new ArrayList<>();
            List<TaskStore.NewTask> slots = new ArrayList<>();
            for (int i = 0; i < histories.size(); i++) {
                SequenceHistory h = histories.get(i);
                Contact contact = new Contact(ContactRules.check(new ContactInput(null, "Règle", "Nom" + i, null, null, null, null,
                        null, String.format("06 12 35 %02d %02d", i / 100, i % 100), null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null), "FR").details(), null, null, Instant.now());
                em.persist(contact);
                SequencePlan plan = new SequencePlan(2, SequencePlan.PRM_3X3.slots(), h.minGap(), h.maxAttempts(), 0, Duration.ZERO, 30);
                em.flush();
                Enrolment e = new Enrolment(campaign.getId(), contact.getId(), null, plan, LocalDate.of(2030, 1, 8),
                        SequenceHistory.slotCloses(SequenceHistory.SLOTS - 1), Instant.now());
                em.persist(e);
                em.flush();
                ids.add(e.getId());
                for (int s = 0; s < SequenceHistory.SLOTS; s++) {
                    slots.add(new TaskStore.NewTask(e.getId(), null, TaskKind.SLOT, 1 + s / 3, 1 + s % 3, SequenceHistory.slotOpens(s),
                            SequenceHistory.slotCloses(s)));
                }
            }
            tasks.insert(slots);
            return ids;
        });
    }

    /** The round's engine steps, one chunk per kind (and per moment, for the ends of day), as the engine applies them. */
    private Void engineRound(List<Long> enrolments, List<SequenceHistory> histories, int round) {
        Map<Long, List<Long>> taskIds = taskIds(false);
        Map<Long, List<Long>> callbackIds = taskIds(true);
        Map<StepKind, List<Long>> refs = new java.util.EnumMap<>(StepKind.class);
        Map<Integer, List<Long>> dayEnds = new TreeMap<>();
        List<Long> paused = new ArrayList<>();
        Map<EnrolmentStatus, List<Long>> withdrawn = new java.util.EnumMap<>(EnrolmentStatus.class);
        for (int i = 0; i < enrolments.size(); i++) {
            long id = enrolments.get(i);
            Event event = histories.get(i).events().get(round);
            if (event instanceof SlotOpens e) {
                refs.computeIfAbsent(StepKind.SLOT_OPEN, k -> new ArrayList<>()).add(taskIds.get(id).get(e.slot()));
            } else if (event instanceof SlotCloses e) {
                refs.computeIfAbsent(StepKind.SLOT_CLOSE, k -> new ArrayList<>()).add(taskIds.get(id).get(e.slot()));
            } else if (event instanceof CallbackDue e) {
                nth(callbackIds.get(id), e.callback(), refs.computeIfAbsent(StepKind.CALLBACK_DUE, k -> new ArrayList<>()));
            } else if (event instanceof CallbackCloses e) {
                nth(callbackIds.get(id), e.callback(), refs.computeIfAbsent(StepKind.SLOT_CLOSE, k -> new ArrayList<>()));
            } else if (event instanceof DayEnds e) {
                dayEnds.computeIfAbsent(e.atCloseOf(), k -> new ArrayList<>()).add(id);
            } else if (event instanceof SequenceEnds) {
                refs.computeIfAbsent(StepKind.SEQUENCE_END, k -> new ArrayList<>()).add(id);
            } else if (event instanceof Pause) {
                paused.add(id);
            } else if (event instanceof Withdraw e) {
                withdrawn.computeIfAbsent(e.closing(), k -> new ArrayList<>()).add(id);
            }
        }
        refs.forEach((kind, ids) -> {
            if (!ids.isEmpty()) {
                effects.apply(tenant, kind, ids, SequenceHistory.NOW);
            }
        });
        dayEnds.forEach((slot, ids) -> effects.apply(tenant, StepKind.DAY_END, ids, SequenceHistory.slotCloses(slot)));
        if (!paused.isEmpty()) {
            halts.pause(paused, SequenceHistory.NOW, "equivalence", "règles");
        }
        withdrawn.forEach((status, ids) -> withdrawals.close(ids, status.name(), SequenceHistory.NOW, "equivalence", "règles"));
        return null;
    }

    /** The round's outcomes, each logged by a caller on the first open task, when there is one to log on. */
    private int callerRound(List<Long> enrolments, List<SequenceHistory> histories, int round) throws Exception {
        Map<Long, Long> firstOpen = new HashMap<>();
        Map<Long, String> statuses = new HashMap<>();
        db.in(() -> {
            for (Object[] r : rows("SELECT enrolment_id, MIN(id) FROM call_task WHERE tenant_id = ?1 AND status = '"
                    + TaskStatus.OPEN + "' GROUP BY enrolment_id")) {
                firstOpen.put(Rows.lng(r[0]), Rows.lng(r[1]));
            }
            for (Object[] r : rows("SELECT id, status FROM enrolment WHERE tenant_id = ?1")) {
                statuses.put(Rows.lng(r[0]), (String) r[1]);
            }
            return null;
        });
        int logged = 0;
        for (int i = 0; i < enrolments.size(); i++) {
            long id = enrolments.get(i);
            if (histories.get(i).events().get(round) instanceof Call call && firstOpen.containsKey(id)
                    && EnrolmentStatus.valueOf(statuses.get(id)).isOpen()) {
                long task = firstOpen.get(id);
                TenantScope.call(tenant, () -> {
                    try {
                        return chef.call(() -> attempts.log(task, call.outcome(), call.callbackAt()));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                logged++;
            }
        }
        return logged;
    }

    /** The database against the one-by-one reading: every enrolment, its tasks (in creation order) and its booked steps. */
    private void compare(List<Long> enrolments, List<SequenceHistory> histories, List<OneByOne> expected, int round) throws Exception {
        Map<Long, EnrolmentState> states = new HashMap<>();
        Map<Long, List<OneByOne.Task>> taskLists = new HashMap<>();
        Map<Long, int[]> taskIndex = new HashMap<>(); // task id -> [enrolment position, index]
        Map<Long, List<OneByOne.Step>> stepLists = new HashMap<>();
        db.in(() -> {
            for (Object[] r : rows("SELECT id, status, attempts, pick_ups, missed, callback_at, sequence_over FROM enrolment "
                    + "WHERE tenant_id = ?1")) {
                states.put(Rows.lng(r[0]), new EnrolmentState(EnrolmentStatus.valueOf((String) r[1]), Rows.integer(r[2]),
                        Rows.integer(r[3]), Rows.integer(r[4]), Rows.instant(r[5]), Rows.bool(r[6])));
            }
            for (Object[] r : rows("SELECT id, enrolment_id, kind, opens_at, closes_at, status FROM call_task WHERE tenant_id = ?1 "
                    + "ORDER BY id")) {
                List<OneByOne.Task> list = taskLists.computeIfAbsent(Rows.lng(r[1]), k -> new ArrayList<>());
                taskIndex.put(Rows.lng(r[0]), new int[]{0, list.size()});
                list.add(new OneByOne.Task(TaskKind.SLOT.name().equals(r[2]), Rows.instant(r[3]), Rows.instant(r[4]), TaskStatus.valueOf((String) r[5])));
            }
            for (Object[] r : rows("SELECT s.kind, s.ref_id, s.due_at, s.status, t.enrolment_id FROM due_step s JOIN call_task t "
                    + "ON t.tenant_id = s.tenant_id AND t.id = s.ref_id WHERE s.tenant_id = ?1 ORDER BY s.id")) {
                stepLists.computeIfAbsent(Rows.lng(r[4]), k -> new ArrayList<>()).add(new OneByOne.Step(StepKind.valueOf((String) r[0]),
                        taskIndex.get(Rows.lng(r[1]))[1], Rows.instant(r[2]), (String) r[3]));
            }
            return null;
        });
        for (int i = 0; i < enrolments.size(); i++) {
            long id = enrolments.get(i);
            OneByOne one = expected.get(i);
            String where = "seed " + SEED + ", round " + round + ", history " + i + " " + histories.get(i).maxAttempts() + " attempts, gap "
                    + histories.get(i).minGapHours() + "h: " + histories.get(i).events().subList(0, round + 1);
            assertEquals(one.state(), states.get(id), "enrolment, " + where);
            assertEquals(one.tasks(), taskLists.getOrDefault(id, List.of()), "tasks, " + where);
            assertEquals(one.steps(), stepLists.getOrDefault(id, List.of()), "steps, " + where);
        }
    }

    private Map<Long, List<Long>> taskIds(boolean callbacks) {
        Map<Long, List<Long>> ids = new HashMap<>();
        for (Object[] r : rows("SELECT enrolment_id, id FROM call_task WHERE tenant_id = ?1 AND kind " + (callbacks ? "<>" : "=")
                + " '" + TaskKind.SLOT + "' ORDER BY id")) {
            ids.computeIfAbsent(Rows.lng(r[0]), k -> new ArrayList<>()).add(Rows.lng(r[1]));
        }
        return ids;
    }

    private static void nth(List<Long> ids, int n, List<Long> into) {
        if (ids != null && n < ids.size()) {
            into.add(ids.get(n));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).setParameter(1, tenant).getResultList();
    }
}
