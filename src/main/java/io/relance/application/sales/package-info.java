/**
 * The sales documents of a prospect's qualification card: the agency keeps its standard quote and
 * its proposal templates here, and a caller sends one in one click (an outbox email, its PDF attached).
 * Imports only the domain, its own port (SalesTemplateRepository) and lower application features;
 * io.relance.infrastructure.persistence.sales implements it.
 * Application layer (never infrastructure or interfaces).
 */
package io.relance.application.sales;
