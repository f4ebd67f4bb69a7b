/**
 * Infrastructure layer, feature "imports": JPA implementation of the port declared in
 * io.relance.application.imports (mappings, reports, the agency's keys, the writer's chunked
 * changes). Implements; never called by the application directly.
 */
package io.relance.infrastructure.persistence.imports;
