/**
 * The agency's coverage page of a campaign: record, correct and remove the articles it obtained.
 * Interfaces layer: drives the application (pages, API, timers) through its services; never the database directly.
 */
package io.relance.interfaces.web.coverage;
