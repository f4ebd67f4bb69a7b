/**
 * The agency's people: staff members and their role, mirrored from Keycloak where they log in, and
 * a member's workload as the launch and the reassignments balance it.
 * Domain layer: rules that need no container; imports nothing of the application, infrastructure or interfaces.
 */
package io.relance.domain.staff;
