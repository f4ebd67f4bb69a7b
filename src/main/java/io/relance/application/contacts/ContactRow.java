package io.relance.application.contacts;

import io.relance.domain.contact.Civility;
import io.relance.domain.contact.PhoneNumbers;
import io.relance.domain.contact.Tier;
import io.relance.domain.contact.Topics;

import java.io.Serializable;

/** One line of the contacts table, read in one query with its outlet and owner (no N+1). */
public record ContactRow(Long id, Civility civility, String firstName, String lastName, String outletName,
                         String beat, Tier tier, String mobile, String landline, String email, String topics,
                         String ownerFirstName, String ownerLastName, boolean privileged, boolean doNotCall,
                         boolean optedOut) implements Serializable {

    public String fullName() {
        return firstName == null ? lastName : firstName + " " + lastName;
    }

    public String phone() {
        return PhoneNumbers.international(mobile != null ? mobile : landline);
    }

    public String topicsDisplay() {
        return Topics.display(topics);
    }

    public String ownerName() {
        return ownerLastName == null ? "" : ownerFirstName + " " + ownerLastName;
    }
}
