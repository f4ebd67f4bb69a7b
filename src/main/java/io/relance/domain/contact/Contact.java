package io.relance.domain.contact;

import io.relance.domain.staff.StaffMember;
import io.relance.domain.tenant.TenantRecord;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

    /**
     * The normalised email and mobile again, unique per agency (V34): one person, one contact. Set
     * when the value changes, so that a duplicate from before the key existed (NULL here) can still
     * be edited for something else until it is merged; the services refuse a new duplicate first.
     * Landlines have none: a newsroom's switchboard is shared by all its journalists.
     */
    @Column(name = "unique_email", length = 254)
    private String uniqueEmail;

    @Column(name = "unique_mobile", length = 20)
    private String uniqueMobile;

    /** Since when the contact is at their outlet: where the "ancien média" starts when they move. */
    @Column(name = "outlet_since")
    private Instant outletSince;

    @OneToMany(mappedBy = "contact", cascade = CascadeType.PERSIST)
    private List<FormerOutlet> formerOutlets = new ArrayList<>();

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
        moveTo(outlet, now);
        topics = d.topics();
        tier = d.tier();
        landline = d.landline();
        if (!Objects.equals(mobile, d.mobile()) || !Objects.equals(email, d.email())) {
            keysDone = false;
        }
        if (!Objects.equals(email, d.email())) {
            uniqueEmail = EmailAddress.normalize(d.email());
        }
        if (!Objects.equals(mobile, d.mobile())) {
            uniqueMobile = d.mobile() == null || d.mobile().isBlank() ? null : d.mobile();
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

    /**
     * A journalist who changes outlet keeps their history: the outlet left is recorded with its dates
     * (whatever changed it: the form, an import, a merge). Outlets are compared by identity.
     */
    private void moveTo(Outlet next, Instant now) {
        Long was = this.outlet == null ? null : this.outlet.getId();
        Long will = next == null ? null : next.getId();
        if (Objects.equals(was, will)) {
            this.outlet = next;
            return;
        }
        if (this.outlet != null && getId() != null) {
            rememberOutlet(this.outlet, outletSince, now);
        }
        this.outlet = next;
        outletSince = next == null ? null : now;
    }

    /** An outlet the person worked for, from (unknown: null) until; a merge adds the removed contact's. */
    public void rememberOutlet(Outlet former, Instant from, Instant until) {
        formerOutlets.size(); // loaded first, so that the flush's cascade surely sees the new row
        formerOutlets.add(new FormerOutlet(this, former, from, until));
    }

    /**
     * After a merge: the contact holds the unique keys of its email and mobile, unless another copy
     * still does ({@code false}: NULL, the pair stays in the duplicates list).
     */
    public void claimKeys(boolean email, boolean mobile) {
        uniqueEmail = email ? EmailAddress.normalize(this.email) : null;
        uniqueMobile = mobile ? this.mobile : null;
    }

    public Instant getOutletSince() {
        return outletSince;
    }

    /** Raises the flags the other contact had (a merge: a "no" said to either copy is the person's). */
    public void keepRefusals(Contact other, Instant now) {
        if (other.doNotCall.isRaised() && !doNotCall.isRaised()) {
            doNotCall = doNotCall.set(true, other.doNotCall.reason(), other.doNotCall.at());
            updatedAt = now;
        }
        if (other.optedOut.isRaised() && !optedOut.isRaised()) {
            optedOut = optedOut.set(true, other.optedOut.reason(), other.optedOut.at());
            updatedAt = now;
        }
        if (other.cooldownUntil != null && (cooldownUntil == null || other.cooldownUntil.isAfter(cooldownUntil))) {
            cooldownUntil = other.cooldownUntil;
        }
        privileged = privileged || other.privileged;
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
        outlet = null; // an erased person is nobody's former journalist: no "ancien média" is recorded
        outletSince = null;
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
