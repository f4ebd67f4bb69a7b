package io.relance.application.contacts;

import io.relance.domain.contact.OutletType;
import io.relance.domain.contact.Periodicity;
import io.relance.domain.contact.Tier;

import java.io.Serializable;

/** A filtered, sorted list of outlets. */
public record OutletQuery(String text, OutletType type, Periodicity periodicity, Tier tier, String topic,
                          Sort sort, boolean ascending) implements Serializable {

    public enum Sort {
        NAME, TYPE, PERIODICITY, TIER, CONTACTS
    }

    public static OutletQuery all() {
        return new OutletQuery(null, null, null, null, null, Sort.NAME, true);
    }
}
