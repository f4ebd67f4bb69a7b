/**
 * "Ma journée": each caller's queue of calls for today, the contact card of the call at hand, and
 * the outcome logged in one click or one key. Application layer: imports only the domain, its own
 * port (QueueRepository, implemented in io.relance.infrastructure.persistence.journee) and the
 * application features below it (sequence, contacts, mail, campaigns, staff).
 */
package io.relance.application.journee;
