/**
 * Clients (the agency's brands), their campaigns, and each contact's enrolment in a campaign's
 * sequence, with the caller who follows it up.
 * Domain layer: rules that need no container; imports nothing of the application, infrastructure or interfaces.
 */
package io.relance.domain.campaign;
