package io.relance.application.staff;

import io.relance.application.common.NotFoundException;
import io.relance.application.tenant.TenantContext;
import io.relance.domain.staff.Role;
import io.relance.domain.staff.StaffMember;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The signed-in person: their email (the principal's name), their staff row and their roles.
 * Features ask it instead of reading the container's principal and the staff table each time. The
 * staff row is read once per request for one person in one agency; it is read again when either
 * changes within the request (a bean running as another identity, a test switching agency), so a
 * cached row never answers for someone else. Not for timers: there nobody is signed in.
 */
@RequestScoped
public class CurrentStaff {

    @Inject
    CallerIdentity caller;

    @Inject
    StaffRepository staff;

    /** Whose row {@link #member} is: the email and the agency it was read for. */
    private String readFor;
    private Optional<StaffMember> member;

    /** The signed-in person's email (also for a client viewer, who has no staff row). */
    public String email() {
        return caller.name();
    }

    /** The signed-in person's staff row, if they have one in the current agency. */
    public Optional<StaffMember> find() {
        String email = email();
        String key = email + "\n" + TenantContext.current().orElse("");
        if (!key.equals(readFor)) {
            member = staff.findByEmail(email);
            readFor = key;
        }
        return member;
    }

    /** The signed-in person's staff row; someone without one is not found (404). */
    public StaffMember member() {
        return find().orElseThrow(() -> new NotFoundException("Staff " + email()));
    }

    /** The signed-in person's staff id; someone without a staff row is not found (404). */
    public long id() {
        return member().getId();
    }

    /** The signed-in person's staff id, null when they have no staff row. */
    public Long idOrNull() {
        return find().map(StaffMember::getId).orElse(null);
    }

    /** The first name that signs what the person sends; empty when they have no staff row. */
    public String firstName() {
        return find().map(StaffMember::getFirstName).orElse("");
    }

    /** Whether this is the signed-in person (emails compare regardless of case). */
    public boolean is(StaffMember other) {
        return other.getEmail().equalsIgnoreCase(email());
    }

    /** A chef de projet or the directeur: reaches every call and contact of the agency. */
    public boolean isSenior() {
        return caller.isInRole(Role.CHEF_DE_PROJET_NAME) || caller.isInRole(Role.DIRECTEUR_NAME);
    }

    /** Staff below chef de projet: their own calls only, never a privileged contact. */
    public boolean isStagiaire() {
        return !isSenior();
    }

    public boolean isDirecteur() {
        return caller.isInRole(Role.DIRECTEUR_NAME);
    }
}
