/**
 * The development stack: an embedded MariaDB, Keycloak's own distribution and the provisioned
 * WildFly, started by the run command ({@link io.relance.devstack.RunStack}) and, for the
 * integration tests, by {@link io.relance.devstack.TestStackListener}; the same with two WildFly
 * nodes behind HAProxy ({@link io.relance.devstack.ClusterStack}) for the cluster command
 * ({@link io.relance.devstack.RunCluster}) and the fault tests. Never packaged in the WAR.
 */
package io.relance.devstack;
