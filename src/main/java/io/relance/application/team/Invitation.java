package io.relance.application.team;

import io.relance.domain.staff.Role;

/** What the directeur types to invite someone, and what comes back (the temporary password, shown once). */
public record Invitation(String firstName, String lastName, String email, Role role) {

    public record Sent(long memberId, String email, String temporaryPassword) implements java.io.Serializable {
    }
}
