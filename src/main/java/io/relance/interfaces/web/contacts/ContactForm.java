package io.relance.interfaces.web.contacts;

import io.relance.domain.contact.ContactDetails;
import io.relance.domain.contact.ContactInput;
import io.relance.domain.contact.PhoneNumbers;
import io.relance.domain.contact.Topics;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The contact form's fields as typed. Choices come from selects but travel as text, so that the
 * form and the import go through the very same checks ({@link io.relance.domain.contact.ContactRules}).
 */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String civility;
    private String firstName;
    private String lastName;
    private String beat;
    private String outletName;
    private String topics;
    private String tier;
    private String landline;
    private String mobile;
    private String email;
    private String timeZone;
    private String callWindows;
    private String language;
    private String ownerEmail;
    private String notes;
    private String confidentialNotes;
    private String legalBasis;
    private LocalDate legalBasisDate;
    private String legalBasisSource;
    private boolean doNotCall;
    private String doNotCallReason;
    private boolean optedOut;
    private String optedOutReason;
    private boolean privileged;

    public static ContactForm of(ContactDetails d, boolean privileged) {
        ContactForm f = new ContactForm();
        f.civility = d.civility() == null ? null : d.civility().name();
        f.firstName = d.firstName();
        f.lastName = d.lastName();
        f.beat = d.beat();
        f.outletName = d.outletName();
        f.topics = Topics.display(d.topics());
        f.tier = d.tier() == null ? null : d.tier().name();
        f.landline = d.landline() == null ? null : PhoneNumbers.international(d.landline());
        f.mobile = d.mobile() == null ? null : PhoneNumbers.international(d.mobile());
        f.email = d.email();
        f.timeZone = d.timeZone();
        f.callWindows = d.callWindows();
        f.language = d.language();
        f.ownerEmail = d.ownerEmail();
        f.notes = d.notes();
        f.confidentialNotes = d.confidentialNotes();
        f.legalBasis = d.legalBasis() == null ? null : d.legalBasis().name();
        f.legalBasisDate = d.legalBasisDate();
        f.legalBasisSource = d.legalBasisSource();
        f.doNotCall = d.doNotCall();
        f.doNotCallReason = d.doNotCallReason();
        f.optedOut = d.optedOut();
        f.optedOutReason = d.optedOutReason();
        f.privileged = privileged;
        return f;
    }

    public ContactInput input() {
        return new ContactInput(civility, firstName, lastName, beat, outletName, topics, tier, landline, mobile, email,
                timeZone, callWindows, language, ownerEmail, notes, confidentialNotes, legalBasis,
                legalBasisDate == null ? null : legalBasisDate.toString(), legalBasisSource,
                doNotCall ? "oui" : "non", doNotCallReason, optedOut ? "oui" : "non", optedOutReason);
    }

    public String getCivility() { return civility; }
    public void setCivility(String v) { civility = v; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String v) { firstName = v; }
    public String getLastName() { return lastName; }
    public void setLastName(String v) { lastName = v; }
    public String getBeat() { return beat; }
    public void setBeat(String v) { beat = v; }
    public String getOutletName() { return outletName; }
    public void setOutletName(String v) { outletName = v; }
    public String getTopics() { return topics; }
    public void setTopics(String v) { topics = v; }
    public String getTier() { return tier; }
    public void setTier(String v) { tier = v; }
    public String getLandline() { return landline; }
    public void setLandline(String v) { landline = v; }
    public String getMobile() { return mobile; }
    public void setMobile(String v) { mobile = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String v) { timeZone = v; }
    public String getCallWindows() { return callWindows; }
    public void setCallWindows(String v) { callWindows = v; }
    public String getLanguage() { return language; }
    public void setLanguage(String v) { language = v; }
    public String getOwnerEmail() { return ownerEmail; }
    public void setOwnerEmail(String v) { ownerEmail = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
    public String getConfidentialNotes() { return confidentialNotes; }
    public void setConfidentialNotes(String v) { confidentialNotes = v; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String v) { legalBasis = v; }
    public LocalDate getLegalBasisDate() { return legalBasisDate; }
    public void setLegalBasisDate(LocalDate v) { legalBasisDate = v; }
    public String getLegalBasisSource() { return legalBasisSource; }
    public void setLegalBasisSource(String v) { legalBasisSource = v; }
    public boolean isDoNotCall() { return doNotCall; }
    public void setDoNotCall(boolean v) { doNotCall = v; }
    public String getDoNotCallReason() { return doNotCallReason; }
    public void setDoNotCallReason(String v) { doNotCallReason = v; }
    public boolean isOptedOut() { return optedOut; }
    public void setOptedOut(boolean v) { optedOut = v; }
    public String getOptedOutReason() { return optedOutReason; }
    public void setOptedOutReason(String v) { optedOutReason = v; }
    public boolean isPrivileged() { return privileged; }
    public void setPrivileged(boolean v) { privileged = v; }
}
