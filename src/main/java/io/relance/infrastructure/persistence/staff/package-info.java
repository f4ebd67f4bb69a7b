/**
 * Infrastructure layer, feature "staff": the JPA implementation of the port declared in
 * io.relance.application.staff. Implements; never called by the application directly.
 */
package io.relance.infrastructure.persistence.staff;
