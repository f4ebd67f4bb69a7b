package io.relance.domain.targeting;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a campaign's list between "à appeler" and "envoi seul": by score, the best are called while
 * their attempts fit the free capacity, the others are sent the release only. A chef's move is
 * pinned: taken as is and never undone by a new split. A person the chef moved to call comes in
 * addition to the proposal, which no one is silently dropped from to make room: the chef sees the
 * capacity warning instead and decides who goes to "envoi seul". A person moved to "envoi seul"
 * frees their place for the next best. Targets excluded by the pressure policy are left out of
 * both groups' arithmetic.
 */
public final class Split {

    /** The modes, and what the chef reads: how many to call, their attempts, the free capacity. */
    public record Result(Map<Long, CallMode> modes, int toCall, int sendOnly, long attemptsNeeded, long free)
            implements Serializable {

        public boolean overCapacity() {
            return attemptsNeeded > free;
        }
    }

    private Split() {
    }

    /**
     * @param scored            every candidate's score
     * @param excluded          the contacts the pressure policy leaves out (not placed)
     * @param pinned            the chef's moves
     * @param attemptsPerContact the plan's attempts for one contact
     */
    public static Result place(List<Scored> scored, Set<Long> excluded, Map<Long, CallMode> pinned, int attemptsPerContact,
                               long free) {
        List<Scored> order = new ArrayList<>(scored.stream().filter(s -> !excluded.contains(s.contactId())).toList());
        order.sort(Comparator.comparingInt((Scored s) -> -s.score()).thenComparingLong(Scored::contactId));
        Map<Long, CallMode> modes = new HashMap<>();
        long used = 0;
        long filled = 0;
        for (Scored s : order) {
            CallMode pin = pinned.get(s.contactId());
            if (pin == CallMode.CALL) {
                modes.put(s.contactId(), CallMode.CALL);
                used += attemptsPerContact;
            } else if (pin == null && filled + attemptsPerContact <= free) {
                modes.put(s.contactId(), CallMode.CALL);
                filled += attemptsPerContact;
                used += attemptsPerContact;
            } else {
                modes.put(s.contactId(), CallMode.SEND_ONLY);
            }
        }
        int toCall = (int) modes.values().stream().filter(m -> m == CallMode.CALL).count();
        return new Result(modes, toCall, modes.size() - toCall, used, free);
    }
}
