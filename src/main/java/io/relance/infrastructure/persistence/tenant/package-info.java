/**
 * Infrastructure layer, feature "tenant": the JPA implementation of the agencies port declared in
 * io.relance.application.tenant. Implements; never called by the application directly.
 */
package io.relance.infrastructure.persistence.tenant;
