package io.relance.domain.contact;

import io.relance.domain.staff.StaffMember;
import io.relance.domain.tenant.TenantRecord;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person the agency follows up: a journalist or a prospect. Erasing one (GDPR) keeps the row as
 * a nameless tombstone so that counts elsewhere (campaigns, bilans) stay right, and removes every
 * personal value.
 */
@Entity
@Table(name = "contact")
public class Contact extends TenantRecord {

    @Enumerated(EnumType.STRING)
    @Column(length = 4)
    private Civility civility;

    @Column(name = "first_name", length = 80)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 80)
    private String lastName;

    @Column(length = 160)
    private String beat;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "outlet_id")
    private Outlet outlet;

    @Column(length = 500)
    private String topics;

    @Enumerated(EnumType.STRING)
    @Column(length = 1)
    private Tier tier;

    @Column(length = 20)
    private String landline;

    @Column(length = 20)
    private String mobile;

    @Column(length = 254)
    private String email;

    @Column(name = "time_zone", length = 40)
    private String timeZone;

    /**
     * Whether email_key and mobile_key (keyed hashes matched against journalists' own preferences)
     * are those of the current email and mobile: a change sets it back, the engine's poll keys the
     * contact again (the platform key is not the domain's to hold).
     */
    @Column(name = "keys_done", nullable = false)
    private boolean keysDone;

    @Column(name = "call_windows", length = 120)
    private String callWindows;

    @Column(length = 8)
    private String language;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private StaffMember owner;

    @Column(nullable = false)
    private boolean privileged;

    @Column(length = 4000)
    private String notes;

    @Column(name = "confidential_notes", length = 4000)
    private String confidentialNotes;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", length = 20)
    private LegalBasis legalBasis;

    @Column(name = "legal_basis_date")
    private LocalDate legalBasisDate;

    @Column(name = "legal_basis_source", length = 160)
    private String legalBasisSource;

    @Embedded
    @AttributeOverride(name = "raised", column = @Column(name = "do_not_call", nullable = false))
    private Flag doNotCall = Flag.lowered();

    /** The person asked not to be followed up any more. */
    @Embedded
    @AttributeOverride(name = "raised", column = @Column(name = "opted_out", nullable = false))
    private Flag optedOut = Flag.lowered();

    /** The number a caller found wrong (kept, dated) while it is still one of the contact's numbers. */
    @Column(name = "wrong_number", length = 20)
    private String wrongNumber;

    @Column(name = "wrong_number_at")
    private Instant wrongNumberAt;

    @Column(name = "cooldown_until")
    private Instant cooldownUntil;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Contact() {
    }

    public Contact(ContactDetails details, Outlet outlet, StaffMember owner, Instant now) {
        super(now);
        apply(details, outlet, owner, now);
    }

    /** Sets every value from checked details; the flags' dates are kept while a flag stays up. */
    public final void apply(ContactDetails d, Outlet outlet, StaffMember owner, Instant now) {
        civility = d.civility();
        firstName = d.firstName();
        lastName = d.lastName();
        beat = d.beat();
        this.outlet = outlet;
        topics = d.topics();
        tier = d.tier();
        landline = d.landline();
        if (!java.util.Objects.equals(mobile, d.mobile()) || !java.util.Objects.equals(email, d.email())) {
            keysDone = false;
        }
        mobile = d.mobile();
        email = d.email();
        timeZone = d.timeZone();
        callWindows = d.callWindows();
        language = d.language();
        this.owner = owner;
        notes = d.notes();
        confidentialNotes = d.confidentialNotes();
        legalBasis = d.legalBasis();
        legalBasisDate = d.legalBasisDate();
        legalBasisSource = d.legalBasisSource();
        doNotCall = doNotCall.set(d.doNotCall(), d.doNotCallReason(), now);
        optedOut = optedOut.set(d.optedOut(), d.optedOutReason(), now);
        if (wrongNumber != null && !wrongNumber.equals(mobile) && !wrongNumber.equals(landline)) {
            wrongNumber = null; // a new number was entered: the contact may be called again
            wrongNumberAt = null;
        }
        updatedAt = now;
    }

    public ContactDetails details() {
        return new ContactDetails(civility, firstName, lastName, beat, outlet == null ? null : outlet.getName(),
                topics, tier, landline, mobile, email, timeZone, callWindows, language,
                owner == null ? null : owner.getEmail(), notes, confidentialNotes, legalBasis, legalBasisDate,
                legalBasisSource, doNotCall.isRaised(), doNotCall.reason(), optedOut.isRaised(), optedOut.reason());
    }

    /** The end of a sequence without a pick-up: no new sequence for this person before {@code until}. */
    public void startCooldown(Instant until) {
        cooldownUntil = until;
    }

    public Instant getCooldownUntil() {
        return cooldownUntil;
    }

    /** The person asked not to be followed up any more: honoured by every campaign, at once. */
    public void optOut(Instant now, String reason) {
        if (!optedOut.isRaised()) {
            optedOut = optedOut.set(true, reason, now);
            updatedAt = now;
        }
    }

    /** A caller reached a wrong number: flagged and dated, the contact is left out of targeting until it changes. */
    public void markWrongNumber(String number, Instant now) {
        if (number != null && (number.equals(mobile) || number.equals(landline))) {
            wrongNumber = number;
            wrongNumberAt = now;
            updatedAt = now;
        }
    }

    /** The person may not be called: do-not-call, opted out or erased. */
    public boolean refusesCalls() {
        return doNotCall.isRaised() || optedOut.isRaised() || erasedAt != null;
    }

    public String getWrongNumber() {
        return wrongNumber;
    }

    public Instant getWrongNumberAt() {
        return wrongNumberAt;
    }

    /** GDPR erasure: nothing personal stays; the row stays so that aggregates do not change. */
    public void erase(Instant now) {
        apply(new ContactDetails(null, null, "—", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, false, null, false, null), null, null, now);
        privileged = false;
        erasedAt = now;
    }

    public Outlet getOutlet() {
        return outlet;
    }

    public StaffMember getOwner() {
        return owner;
    }

    public boolean isPrivileged() {
        return privileged;
    }

    public void setPrivileged(boolean privileged) {
        this.privileged = privileged;
    }

    public Instant getDoNotCallAt() {
        return doNotCall.at();
    }

    public Instant getOptedOutAt() {
        return optedOut.at();
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
