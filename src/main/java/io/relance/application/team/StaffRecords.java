package io.relance.application.team;

import io.relance.domain.staff.StaffMember;
import io.relance.application.staff.StaffRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** The database half of an invitation, committed on its own so that a failure is known before returning. */
@Stateless
@RolesAllowed(io.relance.domain.staff.Role.DIRECTEUR_NAME)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class StaffRecords {

    @Inject
    StaffRepository staff;

    public boolean emailInTeam(String email) {
        return staff.findByEmail(email).isPresent();
    }

    public long add(StaffMember member) {
        staff.add(member);
        return member.getId();
    }
}
