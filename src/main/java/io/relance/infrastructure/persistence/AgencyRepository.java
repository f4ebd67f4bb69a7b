package io.relance.infrastructure.persistence;

import io.relance.domain.tenant.Agency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Agencies (the tenant table itself): looked up by slug, created at sign-up. */
@ApplicationScoped
public class AgencyRepository {

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    public Optional<Agency> find(String slug) {
        return Optional.ofNullable(em.find(Agency.class, slug));
    }

    public boolean exists(String slug) {
        return !em.createQuery("select a.slug from Agency a where a.slug = :slug", String.class)
                .setParameter("slug", slug).setMaxResults(1).getResultList().isEmpty();
    }

    public void add(Agency agency) {
        em.persist(agency);
        em.flush();
    }
}
