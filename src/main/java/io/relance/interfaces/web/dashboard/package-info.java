/** The dashboards' pages: charts drawn by PrimeFaces (Chart.js) from configurations built here. */
package io.relance.interfaces.web.dashboard;
