/**
 * Application layer, feature "staff": the agency's staff list as a port ({@link
 * io.relance.application.staff.StaffRepository}), below every feature that names a caller, an
 * owner or a member (team, sign-up, reassignment, campaigns, contacts, sequences...), so that none
 * of them depends on another to read the staff. Imports only the domain.
 */
package io.relance.application.staff;
