/**
 * The anchor SMS editor (live preview and segment count) and the outbox page.
 * Interfaces layer: drives the application (pages, API, timers); never an EntityManager or SQL.
 */
package io.relance.interfaces.web.sms;
