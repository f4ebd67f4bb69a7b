package io.relance.domain.contact;

/**
 * A contact as typed in the form or read from one row of a file: text only, checked by
 * {@link ContactRules}. The outlet and the owner are named (outlet name, staff email), and resolved
 * by the application.
 */
public record ContactInput(String civility, String firstName, String lastName, String beat, String outletName,
                           String topics, String tier, String landline, String mobile, String email,
                           String timeZone, String callWindows, String language, String ownerEmail,
                           String notes, String confidentialNotes, String legalBasis, String legalBasisDate,
                           String legalBasisSource, String doNotCall, String doNotCallReason,
                           String optedOut, String optedOutReason) {
}
