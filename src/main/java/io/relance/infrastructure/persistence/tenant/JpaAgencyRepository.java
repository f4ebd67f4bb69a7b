package io.relance.infrastructure.persistence.tenant;

import io.relance.application.tenant.AgencyRepository;
import io.relance.domain.tenant.Agency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Agencies (the tenant table itself) with JPA: looked up by slug, created at sign-up. */
@ApplicationScoped
public class JpaAgencyRepository implements AgencyRepository {

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Override
    public Optional<Agency> find(String slug) {
        return Optional.ofNullable(em.find(Agency.class, slug));
    }

    @Override
    public boolean exists(String slug) {
        return !em.createQuery("select a.slug from Agency a where a.slug = :slug", String.class)
                .setParameter("slug", slug).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(Agency agency) {
        em.persist(agency);
        em.flush();
    }
}
