/**
 * The anchor SMS editor (live preview and segment count) and the outbox page.
 * Interfaces layer: drives the application (pages, API, timers) through its services; never the database directly.
 */
package io.relance.interfaces.web.sms;
