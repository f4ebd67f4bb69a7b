package io.relance.domain.contact;

import io.relance.domain.tenant.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The record of a merge of two contacts: who, when, which values came from the removed contact, what
 * moved, and the removed contact's former identity (its row is gone). Erasing the kept person
 * deletes it, since it names them.
 */
@Entity
@Table(name = "contact_merge")
public class ContactMerge extends TenantRecord {

    @Column(name = "kept_id", nullable = false, updatable = false)
    private Long keptId;

    @Column(name = "removed_id", nullable = false, updatable = false)
    private Long removedId;

    @Column(name = "removed_name", nullable = false, updatable = false, length = 170)
    private String removedName;

    @Column(name = "removed_outlet", updatable = false, length = 160)
    private String removedOutlet;

    @Column(name = "removed_email", updatable = false, length = 254)
    private String removedEmail;

    @Column(name = "removed_mobile", updatable = false, length = 20)
    private String removedMobile;

    @Column(name = "removed_landline", updatable = false, length = 20)
    private String removedLandline;

    /** The fields whose value was taken from the removed contact, "FIELD=value" one a line. */
    @Column(nullable = false, updatable = false, length = 2000)
    private String choices;

    /** What moved to the kept contact, "what=count" one a line. */
    @Column(nullable = false, updatable = false, length = 500)
    private String moved;

    @Column(name = "merged_by", nullable = false, updatable = false, length = 254)
    private String mergedBy;

    protected ContactMerge() {
    }

    public ContactMerge(long keptId, long removedId, ContactDetails removed, String choices, String moved, String by,
                        Instant now) {
        super(now);
        this.keptId = keptId;
        this.removedId = removedId;
        this.removedName = cut(removed.fullName(), 170);
        this.removedOutlet = removed.outletName();
        this.removedEmail = removed.email();
        this.removedMobile = removed.mobile();
        this.removedLandline = removed.landline();
        this.choices = cut(choices, 2000);
        this.moved = cut(moved, 500);
        this.mergedBy = by == null ? "" : by;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getKeptId() { return keptId; }
    public Long getRemovedId() { return removedId; }
    public String getRemovedName() { return removedName; }
    public String getRemovedOutlet() { return removedOutlet; }
    public String getRemovedEmail() { return removedEmail; }
    public String getChoices() { return choices; }
    public String getMoved() { return moved; }
    public String getMergedBy() { return mergedBy; }
}
