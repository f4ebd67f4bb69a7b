package io.relance.domain.contact;

/** Why the agency may process a contact's data (GDPR art. 6). */
public enum LegalBasis implements Choice {
    @Aliases({"intérêt légitime", "interet legitime", "legitimate interest", "intérêt"}) LEGITIMATE_INTEREST,
    @Aliases({"consentement", "consent", "opt-in", "accord"}) CONSENT
}
