package io.relance.domain.contact;

import java.util.Set;
import java.util.function.Function;

/**
 * The values a merge of two contacts chooses between, one by one (the kept card's value unless the
 * person picks the other's). The refusal flags are not among them: a "no" said to either copy is
 * the person's, so the merge keeps it whatever is picked (see {@link Contact#keepRefusals}).
 */
public enum MergeField {
    CIVILITY(ContactDetails::civility),
    FIRST_NAME(ContactDetails::firstName),
    LAST_NAME(ContactDetails::lastName),
    OUTLET(ContactDetails::outletName),
    BEAT(ContactDetails::beat),
    TOPICS(ContactDetails::topics),
    TIER(ContactDetails::tier),
    MOBILE(ContactDetails::mobile),
    LANDLINE(ContactDetails::landline),
    EMAIL(ContactDetails::email),
    TIME_ZONE(ContactDetails::timeZone),
    CALL_WINDOWS(ContactDetails::callWindows),
    LANGUAGE(ContactDetails::language),
    OWNER(ContactDetails::ownerEmail),
    NOTES(ContactDetails::notes),
    CONFIDENTIAL_NOTES(ContactDetails::confidentialNotes),
    /** The legal basis with its date and source: they go together. */
    LEGAL_BASIS(ContactDetails::legalBasis);

    private final Function<ContactDetails, Object> value;

    MergeField(Function<ContactDetails, Object> value) {
        this.value = value;
    }

    /** This field's value on a card (what the merge page shows side by side). */
    public Object of(ContactDetails d) {
        return value.apply(d);
    }

    /**
     * The kept card's details with the fields in {@code fromOther} taken from the other card. A field
     * the kept card leaves empty is filled from the other without being asked (nothing is lost by it).
     * The flags stay the kept card's here; the merge raises the other's on top.
     */
    public static ContactDetails pick(ContactDetails kept, ContactDetails other, Set<MergeField> fromOther) {
        Picker p = new Picker(kept, other, fromOther);
        boolean basis = p.other(LEGAL_BASIS);
        return new ContactDetails(p.v(CIVILITY, kept.civility(), other.civility()),
                p.v(FIRST_NAME, kept.firstName(), other.firstName()), p.v(LAST_NAME, kept.lastName(), other.lastName()),
                p.v(BEAT, kept.beat(), other.beat()), p.v(OUTLET, kept.outletName(), other.outletName()),
                p.v(TOPICS, kept.topics(), other.topics()), p.v(TIER, kept.tier(), other.tier()),
                p.v(LANDLINE, kept.landline(), other.landline()), p.v(MOBILE, kept.mobile(), other.mobile()),
                p.v(EMAIL, kept.email(), other.email()), p.v(TIME_ZONE, kept.timeZone(), other.timeZone()),
                p.v(CALL_WINDOWS, kept.callWindows(), other.callWindows()), p.v(LANGUAGE, kept.language(), other.language()),
                p.v(OWNER, kept.ownerEmail(), other.ownerEmail()), p.v(NOTES, kept.notes(), other.notes()),
                p.v(CONFIDENTIAL_NOTES, kept.confidentialNotes(), other.confidentialNotes()),
                basis ? other.legalBasis() : kept.legalBasis(), basis ? other.legalBasisDate() : kept.legalBasisDate(),
                basis ? other.legalBasisSource() : kept.legalBasisSource(),
                kept.doNotCall(), kept.doNotCallReason(), kept.optedOut(), kept.optedOutReason());
    }

    private record Picker(ContactDetails kept, ContactDetails other, Set<MergeField> fromOther) {
        boolean other(MergeField f) {
            return fromOther.contains(f) || f.of(kept) == null && f.of(other) != null;
        }

        <T> T v(MergeField f, T keptValue, T otherValue) {
            return other(f) ? otherValue : keptValue;
        }
    }
}
