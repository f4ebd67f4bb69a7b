/**
 * The development stack: an embedded MariaDB, Keycloak's own distribution and the provisioned
 * WildFly, started by the run command ({@link io.relance.devstack.RunStack}) and, for the
 * integration tests, by {@link io.relance.devstack.TestStackListener}. Never packaged in the WAR.
 */
package io.relance.devstack;
