/**
 * The page where the agency keeps its standard quote and its proposal templates ("Devis et propositions").
 * Interfaces layer: drives the application (pages, API, timers) through its services; never the database directly.
 */
package io.relance.interfaces.web.sales;
