/**
 * Clients (the agency's brands), their campaigns, and each contact's enrolment in a campaign's
 * sequence, with the caller who follows it up.
 */
package io.relance.domain.campaign;
