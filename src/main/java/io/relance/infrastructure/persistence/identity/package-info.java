/**
 * Infrastructure layer, feature "identity": the SQL implementation of the orphan accounts port
 * declared in io.relance.application.identity (platform rows, no tenant). Implements; never called
 * by the application directly.
 */
package io.relance.infrastructure.persistence.identity;
