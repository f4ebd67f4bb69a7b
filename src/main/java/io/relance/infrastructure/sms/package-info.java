/**
 * Adapters to SMS providers: SMPP 3.4 (jSMPP) sessions per agency with their receipts and replies,
 * and Twilio-compatible HTTP aggregators whose callbacks are signed with the agency's token. Both
 * connect only through GuardedSockets, to addresses checked against the SSRF policy.
 * Infrastructure layer: implements ports the application owns (wired by CDI); never calls the interfaces.
 */
package io.relance.infrastructure.sms;
