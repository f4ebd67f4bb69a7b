package io.relance.infrastructure.persistence.sequence;

import io.relance.application.sequence.EnrolmentStore;
import io.relance.domain.campaign.Attempt;
import io.relance.domain.campaign.Enrolment;
import io.relance.domain.contact.Contact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** Enrolments, attempts and contacts through the tenant's session: another agency's id is not there. */
@ApplicationScoped
public class JpaEnrolmentStore implements EnrolmentStore {

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Override
    public void add(Enrolment enrolment) {
        em.persist(enrolment);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Enrolment lock(long enrolmentId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment != null) {
            em.refresh(enrolment, LockModeType.PESSIMISTIC_WRITE); // the latest state, not one read before the lock
        }
        return enrolment;
    }

    @Override
    public void record(Attempt attempt) {
        em.persist(attempt);
    }

    @Override
    public java.util.Optional<io.relance.domain.sequence.Outcome> loggedOn(long taskId) {
        return em.createQuery("SELECT a.outcome FROM Attempt a WHERE a.taskId = :task ORDER BY a.id", io.relance.domain.sequence.Outcome.class)
                .setParameter("task", taskId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Contact person(long contactId) {
        return em.find(Contact.class, contactId);
    }
}
