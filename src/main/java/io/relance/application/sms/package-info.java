/** The anchor SMS: the campaign's text with its live preview, and the outbox of messages. */
package io.relance.application.sms;
