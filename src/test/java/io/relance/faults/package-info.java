/**
 * Fault tests ({@code *FaultIT}): plain JUnit classes that break a real cluster on purpose (kill a
 * node, stop the database or Keycloak, deploy node by node) through
 * {@link io.relance.devstack.ClusterStack} and check what people and the protocol peers see. They
 * run in the faults profile ({@code ./mvnw verify -Pfaults}), all on one cluster; each leaves it
 * whole for the next ({@code ensureAllUp}).
 */
package io.relance.faults;
