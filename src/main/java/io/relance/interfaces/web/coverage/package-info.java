/**
 * The agency's coverage page of a campaign: record, correct and remove the articles it obtained.
 * Interfaces layer: drives the application (pages, API, timers); never an EntityManager or SQL.
 */
package io.relance.interfaces.web.coverage;
