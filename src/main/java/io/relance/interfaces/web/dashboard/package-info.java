/**
 * The dashboards' pages: charts drawn by PrimeFaces (Chart.js) from configurations built here.
 * Interfaces layer: drives the application (pages, API, timers); never an EntityManager or SQL.
 */
package io.relance.interfaces.web.dashboard;
