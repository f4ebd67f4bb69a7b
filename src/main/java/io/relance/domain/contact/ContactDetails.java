package io.relance.domain.contact;

import java.time.LocalDate;

/**
 * A contact's checked values, phones in E.164, email in lower case, topics and call windows in their
 * stored form. The outlet and the owner are carried by name and email until resolved.
 */
public record ContactDetails(Civility civility, String firstName, String lastName, String beat,
                             String outletName, String topics, Tier tier, String landline, String mobile,
                             String email, String timeZone, String callWindows, String language,
                             String ownerEmail, String notes, String confidentialNotes,
                             LegalBasis legalBasis, LocalDate legalBasisDate, String legalBasisSource,
                             boolean doNotCall, String doNotCallReason, boolean optedOut, String optedOutReason) implements java.io.Serializable {

    /**
     * This contact with the other's non-empty values laid over it: an import that updates fills and
     * corrects, it never erases what the file leaves blank. Flags only ever go up.
     */
    public ContactDetails overlay(ContactDetails o) {
        return new ContactDetails(or(o.civility, civility), or(o.firstName, firstName), or(o.lastName, lastName),
                or(o.beat, beat), or(o.outletName, outletName), or(o.topics, topics), or(o.tier, tier),
                or(o.landline, landline), or(o.mobile, mobile), or(o.email, email), or(o.timeZone, timeZone),
                or(o.callWindows, callWindows), or(o.language, language), or(o.ownerEmail, ownerEmail),
                or(o.notes, notes), or(o.confidentialNotes, confidentialNotes), or(o.legalBasis, legalBasis),
                or(o.legalBasisDate, legalBasisDate), or(o.legalBasisSource, legalBasisSource),
                doNotCall || o.doNotCall, or(o.doNotCallReason, doNotCallReason),
                optedOut || o.optedOut, or(o.optedOutReason, optedOutReason));
    }

    /** The same contact opted out (already opted out: kept as it was, with its own reason). */
    public ContactDetails optedOut(String reason) {
        if (optedOut) {
            return this;
        }
        return new ContactDetails(civility, firstName, lastName, beat, outletName, topics, tier, landline, mobile, email,
                timeZone, callWindows, language, ownerEmail, notes, confidentialNotes, legalBasis, legalBasisDate,
                legalBasisSource, doNotCall, doNotCallReason, true, reason);
    }

    /** The same contact as someone who may not read confidential notes sees it. */
    public ContactDetails withoutConfidentialNotes() {
        return new ContactDetails(civility, firstName, lastName, beat, outletName, topics, tier, landline, mobile, email,
                timeZone, callWindows, language, ownerEmail, notes, null, legalBasis, legalBasisDate, legalBasisSource,
                doNotCall, doNotCallReason, optedOut, optedOutReason);
    }

    public String fullName() {
        return firstName == null ? lastName : firstName + " " + lastName;
    }

    private static <T> T or(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
