package io.relance.application.contacts;

import io.relance.domain.contact.OutletType;
import io.relance.domain.contact.Periodicity;
import io.relance.domain.contact.Tier;

import java.io.Serializable;

/**
 * A filtered list of contacts: free text (a name, an outlet, an email or a phone number, told apart
 * by their shape) and filters. The same query drives the page, the count, the export and a bulk
 * action "on the whole filtered result".
 */
public record ContactQuery(String text, Tier tier, String topic, Long outletId, OutletType outletType,
                           Periodicity periodicity, Long ownerId, Boolean doNotCall, Sort sort, boolean ascending) implements Serializable {

    public enum Sort {
        NAME, OUTLET, TIER, CREATED
    }

    public static ContactQuery all() {
        return new ContactQuery(null, null, null, null, null, null, null, null, Sort.NAME, true);
    }
}
