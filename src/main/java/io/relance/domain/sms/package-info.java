/**
 * The anchor SMS as a text: its encoding and segments (GSM 03.38 or UCS-2), its template and
 * variables, the sender name, the hours it may leave, and how a "STOP" reply is recognised.
 */
package io.relance.domain.sms;
