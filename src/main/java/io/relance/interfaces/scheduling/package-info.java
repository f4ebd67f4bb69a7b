/**
 * EJB timer entry points: the few @Schedule timers that drive the sequence engine.
 * Interfaces layer: drives the application (pages, API, timers); never an EntityManager or SQL.
 */
package io.relance.interfaces.scheduling;
