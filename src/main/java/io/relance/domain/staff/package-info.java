/** The agency's people: staff members and their role, mirrored from Keycloak where they log in. */
package io.relance.domain.staff;
