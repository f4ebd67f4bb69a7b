package io.relance.application.tenant;

import io.relance.domain.tenant.Agency;

import java.util.Optional;

/** Agencies (the tenant table itself): looked up by slug, created at sign-up. */
public interface AgencyRepository {

    Optional<Agency> find(String slug);

    boolean exists(String slug);

    /** Persists the agency and flushes, so that a taken slug fails here. */
    void add(Agency agency);
}
