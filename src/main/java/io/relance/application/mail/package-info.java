/**
 * The email channel: the campaign's release by email (editor, preview), the outbox that keeps
 * what was decided until it is sent once, its dispatcher, and the public unsubscribe link.
 * Imports only the domain and its own ports (MailStore, MailOutboxWriter, MailGateway).
 * Application layer (never infrastructure or interfaces).
 */
package io.relance.application.mail;
