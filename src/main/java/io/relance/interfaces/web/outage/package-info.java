/**
 * What people see while the database or Keycloak is away: "service momentanément indisponible" (503)
 * instead of an error, rendered without the database, and a login entry that says when logging in is
 * not possible. Interfaces layer: drives the application (pages, API, timers) through its services; never the database directly.
 */
package io.relance.interfaces.web.outage;
