/**
 * The email pages: the campaign's release email editor, the email side of the outbox, and the
 * public unsubscribe page that every email links to.
 * Interfaces layer: drives the application (pages, API, timers) through its services; never the database directly.
 */
package io.relance.interfaces.web.mail;
