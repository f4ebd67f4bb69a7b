package io.relance.domain.sequence;

import io.relance.domain.contact.Periodicity;

/**
 * How an outlet's periodicity places the first day of a follow-up. The directeur may change the
 * rule of each periodicity; these are the defaults.
 */
public enum StartRule {
    /** The next business day after the send. */
    NEXT_BUSINESS_DAY,
    /** The next business day, and no day of the sequence on the outlet's closing weekday. */
    AVOID_CLOSING_DAY,
    /** The next business day such that every day of the sequence falls before the closing day of the month. */
    END_BEFORE_CLOSING;

    public static StartRule defaultFor(Periodicity periodicity) {
        if (periodicity == null) {
            return NEXT_BUSINESS_DAY;
        }
        return switch (periodicity) {
            case HEBDOMADAIRE, BIMENSUEL -> AVOID_CLOSING_DAY;
            case MENSUEL, BIMESTRIEL, TRIMESTRIEL, SEMESTRIEL, ANNUEL -> END_BEFORE_CLOSING;
            default -> NEXT_BUSINESS_DAY;
        };
    }
}
