package io.relance.domain.contact;

/**
 * What a "no" ended at once: the person's running sequences, their calls still to make, and the
 * SMS and emails that were waiting to leave.
 */
public record Withdrawn(int sequences, int calls, int sms, int emails) {

    public static final Withdrawn NONE = new Withdrawn(0, 0, 0, 0);

    public Withdrawn plus(Withdrawn o) {
        return new Withdrawn(sequences + o.sequences, calls + o.calls, sms + o.sms, emails + o.emails);
    }

    public boolean any() {
        return sequences + calls + sms + emails > 0;
    }
}
