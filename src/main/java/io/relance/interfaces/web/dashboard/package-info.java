/**
 * The dashboards' pages: charts drawn by PrimeFaces (Chart.js) from configurations built here.
 * Interfaces layer: drives the application (pages, API, timers) through its services; never the database directly.
 */
package io.relance.interfaces.web.dashboard;
