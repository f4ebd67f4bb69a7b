package io.relance.application.reassignment;

import io.relance.application.campaigns.Member;
import io.relance.domain.campaign.Enrolment;
import io.relance.domain.contact.Contact;
import io.relance.domain.contact.Tier;
import io.relance.domain.sequence.Assignment;
import io.relance.domain.staff.Role;
import io.relance.domain.staff.StaffMember;
import io.relance.infrastructure.persistence.CampaignRepository;
import io.relance.infrastructure.persistence.ReassignmentStore;
import io.relance.application.staff.StaffRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The launch's rule ({@link Assignment}) applied to running sequences, inside the caller's
 * transaction: no roles of its own, since a stagiaire's logged attempt may escalate and a
 * directeur's team change hands calls over. Enrolments are loaded (and locked) through the
 * tenant-filtered session before anything changes.
 */
@ApplicationScoped
public class CallerRouting {

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Inject
    CampaignRepository campaigns;

    @Inject
    StaffRepository staff;

    @Inject
    ReassignmentStore store;

    /**
     * What the rule needs to know of an enrolment's contact. {@code leaving}: a member whose calls
     * are being handed over; a contact they own as directeur is still a directeur's contact, but
     * they can no longer take it.
     */
    public Assignment.Contact facts(Enrolment e, Long leaving) {
        Contact c = em.find(Contact.class, e.getContactId());
        StaffMember owner = c == null ? null : c.getOwner();
        boolean directeurOwned = owner != null && owner.getRole() == Role.DIRECTEUR;
        Long available = directeurOwned && owner.isEnabled() && !owner.getId().equals(leaving) ? owner.getId() : null;
        return new Assignment.Contact(available, directeurOwned, c != null && c.details().tier() == Tier.A,
                c != null && c.isPrivileged(), e.isEscalated());
    }

    /** Why {@code to} may not call this enrolment's contact; empty when they may. */
    public Optional<Assignment.Refusal> refusal(Enrolment e, StaffMember to) {
        return Assignment.refusal(Assignment.Kind.of(to.getRole()), facts(e, null));
    }

    /**
     * Hands over the running follow-ups of a member just disabled or given another role: what their
     * new role may no longer call (everything, once disabled) goes by the launch's rule among the
     * campaign's other callers, else the agency's; calls lent to them by a bulk reassignment go back
     * to the follow-up's own caller.
     */
    public Handover handOver(StaffMember member) {
        em.flush(); // the new role or state is read back by the callers' query
        Assignment.Kind keeps = member.isEnabled() ? Assignment.Kind.of(member.getRole()) : null;
        Router router = new Router(member.getId());
        Map<Long, Integer> moved = new LinkedHashMap<>();
        int kept = 0;
        for (Long id : store.openEnrolmentsHeldBy(member.getId())) {
            Enrolment e = em.find(Enrolment.class, id, LockModeType.PESSIMISTIC_WRITE);
            Assignment.Contact facts = facts(e, member.getId());
            if (keeps != null && Assignment.refusal(keeps, facts).isEmpty()) {
                kept++;
                continue;
            }
            long to;
            if (member.getId().equals(e.getCallerId())) {
                to = router.callerFor(e.getCampaignId(), facts).orElseThrow(); // an enabled directeur always remains
                e.assignTo(to);
            } else {
                to = e.getCallerId();
            }
            store.moveAllTasks(id, member.getId(), to);
            moved.merge(to, 1, Integer::sum);
        }
        List<Handover.Moved> lines = moved.entrySet().stream().map(m -> new Handover.Moved(m.getKey(),
                staff.find(m.getKey()).map(StaffMember::getFullName).orElse("?"), m.getValue())).toList();
        return new Handover(lines, kept);
    }

    /**
     * After the template's number of unanswered attempts the enrolment goes to a senior: a chef de
     * projet of the campaign by load (else a directeur); one already with a senior stays there.
     * Called with the enrolment locked, in the transaction that logs the attempt.
     */
    public void escalate(Enrolment e, Instant now) {
        e.escalated(now);
        Assignment.Contact facts = facts(e, null);
        Optional<StaffMember> current = e.getCallerId() == null ? Optional.empty() : staff.find(e.getCallerId());
        if (current.isPresent() && current.get().isEnabled()
                && Assignment.refusal(Assignment.Kind.of(current.get().getRole()), facts).isEmpty()) {
            return;
        }
        new Router(null).callerFor(e.getCampaignId(), facts).ifPresent(to -> {
            em.flush(); // the attempt's task is done before the calls still to make move
            e.assignTo(to);
            campaigns.reassign(e.getId(), to);
        });
    }

    /**
     * The launch's assignment over each campaign's callers, else over the agency's, with one load
     * table so that a batch spreads its own follow-ups; {@code leaving} is nobody's candidate.
     */
    private final class Router {

        private final Long leaving;
        private final Map<Long, Integer> load = new HashMap<>();
        private final Map<Long, Assignment> byCampaign = new HashMap<>();
        private Assignment agency;

        Router(Long leaving) {
            this.leaving = leaving;
        }

        Optional<Long> callerFor(long campaignId, Assignment.Contact c) {
            return byCampaign.computeIfAbsent(campaignId, id -> of(campaigns.callers(id))).callerFor(c)
                    .or(() -> agency().callerFor(c));
        }

        private Assignment agency() {
            if (agency == null) {
                agency = of(campaigns.callers(null));
            }
            return agency;
        }

        private Assignment of(List<Member> members) {
            Map<Long, Assignment.Kind> kinds = new HashMap<>();
            for (Member m : members) {
                if (!Objects.equals(m.staffId(), leaving)) {
                    kinds.put(m.staffId(), Assignment.Kind.of(m.role()));
                    load.putIfAbsent(m.staffId(), (int) m.load());
                }
            }
            return new Assignment(kinds, load);
        }
    }
}
