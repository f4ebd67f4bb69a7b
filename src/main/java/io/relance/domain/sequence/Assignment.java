package io.relance.domain.sequence;

import io.relance.domain.staff.Role;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who calls whom: a contact whose relationship owner is a directeur → that directeur; tier A,
 * privileged or escalated → a chef de projet (else a directeur); the rest → stagiaires, the least
 * loaded first. The launch, a team change, a manual or bulk reassignment and an escalation all go
 * through this one rule, so a contact that a launch would never give to a stagiaire is never given
 * to one later either. Loads are counted as assignments are made, so a batch spreads its own
 * contacts too.
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

    /** Why a caller may not take a contact (message key {@code assignment.refused.<name>}). */
    public enum Refusal {
        DIRECTEUR_CONTACT, PRIVILEGED, TIER_A, ESCALATED;

        public String messageKey() {
            return "assignment.refused." + name();
        }
    }

    /**
     * What assignment needs to know of a contact.
     *
     * @param directeurOwnerId the directeur who owns the relationship and can take the call (null
     *                         when there is none, or when that directeur is leaving)
     * @param directeurOwned   owned by a directeur, even one who can no longer call
     * @param escalated        its sequence went to a senior after unanswered attempts
     */
    public record Contact(Long directeurOwnerId, boolean directeurOwned, boolean tierA, boolean privileged,
                          boolean escalated) {

        public Contact(Long directeurOwnerId, boolean tierA, boolean privileged) {
            this(directeurOwnerId, directeurOwnerId != null, tierA, privileged, false);
        }

        /** Only a chef de projet or a directeur may call this contact; empty when a stagiaire may. */
        public Optional<Refusal> seniorsOnly() {
            if (directeurOwned || directeurOwnerId != null) {
                return Optional.of(Refusal.DIRECTEUR_CONTACT);
            }
            if (privileged) {
                return Optional.of(Refusal.PRIVILEGED);
            }
            if (tierA) {
                return Optional.of(Refusal.TIER_A);
            }
            return escalated ? Optional.of(Refusal.ESCALATED) : Optional.empty();
        }

        public Contact escalate() {
            return new Contact(directeurOwnerId, directeurOwned, tierA, privileged, true);
        }
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
        } else if (c.seniorsOnly().isPresent()) {
            chosen = leastLoaded(List.of(Kind.CHEF)).or(() -> leastLoaded(List.of(Kind.DIRECTEUR)));
        } else {
            chosen = leastLoaded(List.of(Kind.STAGIAIRE)).or(() -> leastLoaded(List.of(Kind.CHEF, Kind.DIRECTEUR)));
        }
        chosen.ifPresent(id -> load.merge(id, 1, Integer::sum));
        return chosen;
    }

    /** Why a chosen caller of this kind may not take the contact; empty when they may. */
    public static Optional<Refusal> refusal(Kind to, Contact c) {
        return to == Kind.STAGIAIRE ? c.seniorsOnly() : Optional.empty();
    }

    private Optional<Long> leastLoaded(List<Kind> kinds) {
        return callers.entrySet().stream().filter(e -> kinds.contains(e.getValue())).map(Map.Entry::getKey)
                .min(Comparator.<Long>comparingInt(id -> load.getOrDefault(id, 0)).thenComparing(id -> id));
    }
}
