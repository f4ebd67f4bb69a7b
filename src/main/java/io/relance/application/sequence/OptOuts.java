package io.relance.application.sequence;

import io.relance.application.common.AppClock;
import io.relance.domain.campaign.Enrolment;
import io.relance.domain.contact.Contact;
import io.relance.domain.sequence.EnrolmentStatus;
import io.relance.infrastructure.persistence.TaskStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * "Ne plus me relancer", however it was said (on a call, by SMS): the contact's flag is set and
 * every sequence of the person still open ends now, in the caller's transaction.
 */
@ApplicationScoped
public class OptOuts {

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Inject
    TaskStore tasks;

    @Inject
    AppClock clock;

    public void everywhere(long contactId, String reason) {
        Contact contact = em.find(Contact.class, contactId);
        if (contact == null) {
            return;
        }
        contact.optOut(clock.now(), reason);
        List<Enrolment> open = em.createQuery("select e from Enrolment e where e.contactId = :c and e.status in :open "
                        + "order by e.id", Enrolment.class).setParameter("c", contactId)
                .setParameter("open", List.of(EnrolmentStatus.SCHEDULED, EnrolmentStatus.ACTIVE, EnrolmentStatus.CALLBACK))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (Enrolment e : open) {
            e.moveTo(e.state().cancel(), clock.now());
            tasks.cancelOpen(e.getId());
        }
    }
}
