/**
 * Infrastructure layer, feature "preference": the SQL implementations (plain JDBC through
 * PlatformSql: these tables belong to no agency) of the ports declared in
 * io.relance.application.preference, and of the sign-up's notices port, which shares the
 * platform's outbox. Implements; never called by the application directly.
 */
package io.relance.infrastructure.persistence.preference;
