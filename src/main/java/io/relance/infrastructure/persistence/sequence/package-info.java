/**
 * Infrastructure layer, feature "sequence": JPA/SQL implementations of the ports declared in
 * io.relance.application.sequence (the due-steps table, call tasks, the steps' effects, withdrawals,
 * newsrooms). Implements; never called by the application directly.
 */
package io.relance.infrastructure.persistence.sequence;
