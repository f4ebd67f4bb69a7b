package io.relance.application.qualification;

import io.relance.domain.staff.StaffMember;

import java.io.Serializable;

/** A member of the agency who can go to a meeting (the form's choices, the invitation's attendees). */
public record Goer(long id, String email, String name) implements Serializable {

    static Goer of(StaffMember m) {
        return new Goer(m.getId(), m.getEmail(), (m.getFirstName() + " " + m.getLastName()).strip());
    }
}
