package io.relance.application.signup;

import io.relance.domain.staff.Role;
import io.relance.domain.staff.StaffMember;
import io.relance.domain.tenant.Agency;
import io.relance.application.tenant.AgencyRepository;
import io.relance.application.staff.StaffRepository;
import io.relance.application.tenant.TenantScope;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * The database half of a sign-up, in a transaction of its own so that the caller learns of a
 * failure (including at commit) while it can still undo the Keycloak half. The new agency's slug
 * is the tenant of this work: it comes from the sign-up itself, not from a request parameter.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AgencyRecords {

    @Inject
    AgencyRepository agencies;

    @Inject
    StaffRepository staff;

    public boolean slugTaken(String slug) {
        return TenantScope.call(slug, () -> agencies.exists(slug));
    }

    public void create(SignupRequest r, String country, String accountId) {
        TenantScope.run(r.slug(), () -> {
            agencies.add(new Agency(r.slug(), r.agencyName(), country, "fr", Instant.now()));
            staff.add(new StaffMember(accountId, r.email(), r.firstName(), r.lastName(), Role.DIRECTEUR, Instant.now()));
        });
    }
}
