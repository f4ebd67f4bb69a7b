/**
 * The web sessions' table (WildFly's shared JDBC store): a node's start survives a row it could not read.
 * Infrastructure layer: implements the application's ports (persistence, SMS, mail, tenancy, security).
 */
package io.relance.infrastructure.persistence.sessions;
