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
        return em.find(Enrolment.class, enrolmentId, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void record(Attempt attempt) {
        em.persist(attempt);
    }

    @Override
    public Contact person(long contactId) {
        return em.find(Contact.class, contactId);
    }
}
