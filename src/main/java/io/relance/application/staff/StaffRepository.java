package io.relance.application.staff;

import io.relance.domain.staff.Role;
import io.relance.domain.staff.StaffMember;

import java.util.List;
import java.util.Optional;

/** The current tenant's staff; every query is filtered by Hibernate's @TenantId. */
public interface StaffRepository {

    Optional<StaffMember> find(long id);

    Optional<StaffMember> findByEmail(String email);

    List<StaffMember> page(int first, int size);

    long count();

    long countEnabled(Role role);

    /** Persists the member and flushes, so that its id is known and a duplicate fails here. */
    void add(StaffMember member);

    /** Enabled staff, for "relationship owner" choices. */
    List<StaffMember> enabled();
}
