package io.relance.domain.contact;

import java.util.List;

/**
 * These contacts' do-not-call or opt-out flags were just set (or they were erased): whatever was
 * still running for them must end, in the same transaction. Fired by the address book and the
 * imports, observed synchronously by the sequences, which end what the flags forbid and add what
 * they ended here, so that the form that said no can tell the user at once.
 */
public final class PersonSaidNo {

    private final List<Long> contactIds;
    private final String by;
    private final String reason;
    private Withdrawn ended = Withdrawn.NONE;

    /** {@code by}: who (or what) said no; {@code reason}: why, kept on what it closes. */
    public PersonSaidNo(List<Long> contactIds, String by, String reason) {
        this.contactIds = List.copyOf(contactIds);
        this.by = by;
        this.reason = reason;
    }

    public List<Long> contactIds() {
        return contactIds;
    }

    public String by() {
        return by;
    }

    public String reason() {
        return reason;
    }

    /** Called by an observer with what it ended. */
    public void ended(Withdrawn withdrawn) {
        ended = ended.plus(withdrawn);
    }

    /** Everything the observers ended, once the event was fired. */
    public Withdrawn ended() {
        return ended;
    }
}
