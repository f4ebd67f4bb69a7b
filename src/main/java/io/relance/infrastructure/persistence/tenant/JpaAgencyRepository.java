package io.relance.infrastructure.persistence.tenant;

import io.relance.application.tenant.AgencyRepository;
import io.relance.domain.tenant.Agency;
import io.relance.infrastructure.persistence.JpaEntities;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Agencies (the tenant table itself) with JPA: looked up by slug, created at sign-up. */
@ApplicationScoped
public class JpaAgencyRepository extends JpaEntities<Agency> implements AgencyRepository {

    @Override
    public Optional<Agency> find(String slug) {
        return Optional.ofNullable(em.find(Agency.class, slug));
    }

    @Override
    public boolean exists(String slug) {
        return !em.createQuery("select a.slug from Agency a where a.slug = :slug", String.class)
                .setParameter("slug", slug).setMaxResults(1).getResultList().isEmpty();
    }
}
