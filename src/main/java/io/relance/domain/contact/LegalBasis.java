package io.relance.domain.contact;

/** Why the agency may process a contact's data (GDPR art. 6). */
public enum LegalBasis implements Choice {
    LEGITIMATE_INTEREST("intérêt légitime", "interet legitime", "legitimate interest"),
    CONSENT("consentement", "consent");

    private final String[] aliases;

    LegalBasis(String... aliases) {
        this.aliases = aliases;
    }

    @Override
    public String[] aliases() {
        return aliases;
    }
}
