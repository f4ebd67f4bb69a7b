/**
 * EJB timer entry points: the few @Schedule timers that drive the sequence engine and the outboxes.
 * Interfaces layer: drives the application (pages, API, timers) through its services; never the database directly.
 */
package io.relance.interfaces.scheduling;
