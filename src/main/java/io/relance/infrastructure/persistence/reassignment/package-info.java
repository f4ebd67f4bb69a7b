/**
 * Infrastructure layer, feature "reassignment": JPA/SQL implementation of the port declared in
 * io.relance.application.reassignment (the callers and their load, the calls that move). Implements;
 * never called by the application directly. Every statement carries the tenant.
 */
package io.relance.infrastructure.persistence.reassignment;
