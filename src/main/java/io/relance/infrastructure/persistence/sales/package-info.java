/**
 * Infrastructure layer, feature "sales": JPA/SQL implementations of the ports declared in
 * io.relance.application.sales (the quote and proposal templates, what sending one needs).
 * Implements; never called by the application directly.
 */
package io.relance.infrastructure.persistence.sales;
