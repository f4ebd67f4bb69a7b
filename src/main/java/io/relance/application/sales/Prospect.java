package io.relance.application.sales;

/**
 * Whom a sales document goes to: a sequence's contact, their address and whether they may still be
 * written to (not opted out, not on the do-not-call list, not erased), their company, and the
 * agency's name and language.
 */
public record Prospect(long enrolmentId, long campaignId, long contactId, String email, boolean reachable, String firstName,
                       String lastName, String company, String agencyName, String agencyLocale, String agencyCountry) {
}
