/**
 * How the pages' expressions reach the application's records ({@code #{q.contact()}}) cheaply.
 * Interfaces layer: drives the application (pages, API, timers) through its services; never the database directly.
 */
package io.relance.interfaces.web.el;
