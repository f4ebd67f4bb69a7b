/**
 * The anchor SMS as a text: its encoding and segments (GSM 03.38 or UCS-2), its template and
 * variables, the sender name, the hours it may leave, how a "STOP" reply is recognised, where an
 * agency's provider may be (never inside our own network unless the installation allows it), and
 * how an HTTP aggregator signs its callbacks (TwilioSignature, a pure HMAC).
 * Domain layer: rules that need no container; imports nothing of the application, infrastructure or interfaces.
 */
package io.relance.domain.sms;
