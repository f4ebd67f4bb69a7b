/**
 * The page where the agency keeps its standard quote and its proposal templates ("Devis et propositions").
 * Interfaces layer: drives the application (pages, API, timers); never an EntityManager or SQL.
 */
package io.relance.interfaces.web.sales;
