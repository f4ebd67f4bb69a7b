/**
 * Application layer, what the two channels (email, SMS) share: the person's channel records (GDPR)
 * and the outbox's dispatch. Imports only the domain and its own ports.
 */
package io.relance.application.outbox;
