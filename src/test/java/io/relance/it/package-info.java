/**
 * Integration tests against the real stack: the provisioned WildFly (Arquillian), the embedded
 * MariaDB and Keycloak started by {@link io.relance.devstack.TestStackListener}.
 */
package io.relance.it;
