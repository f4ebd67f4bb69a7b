package io.relance.domain.sequence;

import io.relance.domain.staff.Role;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who calls whom when a campaign is launched: a contact whose relationship owner is a directeur →
 * that directeur; tier A or privileged → a chef de projet of the campaign; the rest → the
 * campaign's stagiaires, the least loaded first. A privileged contact never goes to a stagiaire.
 * Loads are counted as assignments are made, so a launch spreads its own contacts too.
 */
public final class Assignment {

    /** A possible caller: a member of the campaign with their open workload. */
    public enum Kind {
        DIRECTEUR, CHEF, STAGIAIRE;

        public static Kind of(Role role) {
            return switch (role) {
                case DIRECTEUR -> DIRECTEUR;
                case CHEF_DE_PROJET -> CHEF;
                default -> STAGIAIRE;
            };
        }
    }

    /** What assignment needs to know of a contact. */
    public record Contact(Long directeurOwnerId, boolean tierA, boolean privileged) {
    }

    private final Map<Long, Kind> callers;
    private final Map<Long, Integer> load;

    /** {@code callers}: the campaign's members by kind; {@code load}: their open enrolments (mutable). */
    public Assignment(Map<Long, Kind> callers, Map<Long, Integer> load) {
        this.callers = callers;
        this.load = load;
    }

    /** The caller, or empty when the campaign has nobody allowed to call this contact. */
    public Optional<Long> callerFor(Contact c) {
        Optional<Long> chosen;
        if (c.directeurOwnerId() != null) {
            chosen = Optional.of(c.directeurOwnerId());
        } else if (c.tierA() || c.privileged()) {
            chosen = leastLoaded(List.of(Kind.CHEF)).or(() -> leastLoaded(List.of(Kind.DIRECTEUR)));
        } else {
            chosen = leastLoaded(List.of(Kind.STAGIAIRE)).or(() -> leastLoaded(List.of(Kind.CHEF, Kind.DIRECTEUR)));
        }
        chosen.ifPresent(id -> load.merge(id, 1, Integer::sum));
        return chosen;
    }

    /** Whether a reassignment keeps the rule that a privileged contact never goes to a stagiaire. */
    public static boolean allowed(Kind to, boolean privileged) {
        return !(privileged && to == Kind.STAGIAIRE);
    }

    private Optional<Long> leastLoaded(List<Kind> kinds) {
        return callers.entrySet().stream().filter(e -> kinds.contains(e.getValue())).map(Map.Entry::getKey)
                .min(Comparator.<Long>comparingInt(id -> load.getOrDefault(id, 0)).thenComparing(id -> id));
    }
}
