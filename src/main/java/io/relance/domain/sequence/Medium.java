package io.relance.domain.sequence;

import io.relance.domain.contact.OutletType;
import io.relance.domain.contact.Periodicity;

/**
 * What decides the hours at which a journalist is called: the outlet's periodicity, except for radio,
 * television and news agencies, whose rhythm is their live programmes or the wire, not an issue.
 */
public enum Medium {
    QUOTIDIEN, HEBDOMADAIRE, BIMENSUEL, MENSUEL, BIMESTRIEL, TRIMESTRIEL, SEMESTRIEL, ANNUEL, CONTINU, IRREGULIER,
    RADIO, TV, AGENCE;

    /** The medium of an outlet; null when neither its type nor its periodicity is known (working hours apply). */
    public static Medium of(OutletType type, Periodicity periodicity) {
        if (type == OutletType.RADIO) {
            return RADIO;
        }
        if (type == OutletType.TV) {
            return TV;
        }
        if (type == OutletType.AGENCE_DE_PRESSE) {
            return AGENCE;
        }
        if (periodicity != null) {
            return valueOf(periodicity.name());
        }
        return type == OutletType.WEB || type == OutletType.BLOG_PODCAST ? CONTINU : null;
    }

    /** Weeklies and fortnightlies close on a weekday: their lead counts business days before it. */
    public boolean leadInBusinessDays() {
        return this == HEBDOMADAIRE || this == BIMENSUEL;
    }

    /** Monthlies and rarer close on a day of the month: their lead counts days before it. */
    public boolean leadInDays() {
        return this == MENSUEL || this == BIMESTRIEL || this == TRIMESTRIEL || this == SEMESTRIEL || this == ANNUEL;
    }
}
