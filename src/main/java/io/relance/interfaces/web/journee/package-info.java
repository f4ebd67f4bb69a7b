/**
 * "Ma journée": the caller's queue and the card of the call at hand, worked with the keyboard.
 * Interfaces layer: drives the application (pages, API, timers) through its services; never the database directly.
 */
package io.relance.interfaces.web.journee;
