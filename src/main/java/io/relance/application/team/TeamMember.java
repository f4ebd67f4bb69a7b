package io.relance.application.team;

import io.relance.domain.staff.Role;

/** A row of the team table. */
public record TeamMember(long id, String firstName, String lastName, String email, Role role, boolean enabled) implements java.io.Serializable {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
