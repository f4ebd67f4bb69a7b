/**
 * Application layer, feature "staff": the agency's staff list as a port ({@link
 * io.relance.application.staff.StaffRepository}) and the signed-in person ({@link
 * io.relance.application.staff.CurrentStaff}), below every feature that names a caller, an owner or
 * a member (team, sign-up, reassignment, campaigns, contacts, sequences...), so that none of them
 * depends on another to read the staff or asks the container who is calling. Imports the domain and
 * the common and tenant helpers only.
 */
package io.relance.application.staff;
