package io.relance.domain.sequence;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.relance.domain.sequence.PressurePolicy.Exclusion.ACTIVE_SEQUENCE;
import static io.relance.domain.sequence.PressurePolicy.Exclusion.COOLDOWN;
import static io.relance.domain.sequence.PressurePolicy.Exclusion.DO_NOT_CALL;
import static io.relance.domain.sequence.PressurePolicy.Exclusion.NO_PHONE;
import static io.relance.domain.sequence.PressurePolicy.Exclusion.OPTED_OUT;
import static io.relance.domain.sequence.PressurePolicy.Exclusion.WEEKLY_CAP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PressurePolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private final PressurePolicy policy = PressurePolicy.DEFAULT;

    private static PressurePolicy.Facts facts(boolean optedOut, boolean dnc, boolean phone, Instant cooldown, boolean active, int week) {
        return new PressurePolicy.Facts(optedOut, dnc, phone, false, cooldown, active, week);
    }

    @Test
    void eachExclusionSaysWhy() {
        assertEquals(Optional.of(OPTED_OUT), policy.exclusion(facts(true, true, true, null, true, 20), NOW), "the strongest reason first");
        assertEquals(Optional.of(DO_NOT_CALL), policy.exclusion(facts(false, true, true, null, false, 0), NOW));
        assertEquals(Optional.of(NO_PHONE), policy.exclusion(facts(false, false, false, null, false, 0), NOW));
        assertEquals(Optional.of(COOLDOWN), policy.exclusion(facts(false, false, true, NOW.plusSeconds(3600), false, 0), NOW));
        assertEquals(Optional.of(ACTIVE_SEQUENCE), policy.exclusion(facts(false, false, true, null, true, 0), NOW));
        assertEquals(Optional.of(WEEKLY_CAP), policy.exclusion(facts(false, false, true, null, false, 9), NOW));
        assertTrue(policy.exclusion(facts(false, false, true, NOW.minusSeconds(1), false, 8), NOW).isEmpty(),
                "a cooldown over and 8 calls this week leave room");
    }

    @Test
    void aWrongNumberLeavesTheContactOutUntilAnotherIsEntered() {
        PressurePolicy.Facts wrong = new PressurePolicy.Facts(false, false, true, true, null, false, 0);
        assertEquals(Optional.of(PressurePolicy.Exclusion.WRONG_NUMBER), policy.exclusion(wrong, NOW));
        assertEquals(Optional.of(DO_NOT_CALL), policy.exclusion(new PressurePolicy.Facts(false, true, true, true, null, false, 0), NOW),
                "a person's own no reads before a wrong number");
    }

    @Test
    void aNewSequenceKeepsOnlyTheSlotsTheWeeklyCapAllows() {
        List<Instant> past = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            past.add(Instant.parse("2026-11-20T09:00:00Z").plusSeconds(3600L * i)); // six calls last Friday
        }
        List<Instant> slots = new ArrayList<>();
        for (int day = 0; day < 3; day++) {
            for (int s = 0; s < 3; s++) {
                slots.add(Instant.parse("2026-11-24T08:30:00Z").plusSeconds(86_400L * day + 14_400L * s));
            }
        }
        assertEquals(3, policy.slotsWithinCap(slots, past), "6 + 3 = 9 in the week: the other slots are not planned");
        assertEquals(9, policy.slotsWithinCap(slots, List.of()));
        assertEquals(9, policy.slotsWithinCap(slots, List.of(Instant.parse("2026-11-10T09:00:00Z"))), "older calls do not count");
        assertTrue(new PressurePolicy(0, 400).problems().size() == 2);
    }
}
