/**
 * Application layer, what the two channels (email, SMS) share: the outbox's round (OutboxDispatch,
 * OutboxRound) and its store's shape (OutboxStore), the one failure a gateway answers (SendFailed),
 * the agencies' circuits per channel and their outage alert (Circuits), and the person's channel
 * records (GDPR). Imports only the domain and its own ports.
 */
package io.relance.application.outbox;
