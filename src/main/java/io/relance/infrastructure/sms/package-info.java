/**
 * Adapters to SMS providers: SMPP 3.4 (jSMPP) sessions per agency with their receipts and replies,
 * and Twilio-compatible HTTP aggregators whose callbacks are signed with the agency's token.
 */
package io.relance.infrastructure.sms;
