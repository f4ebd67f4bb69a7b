package io.relance.application.identity;

import io.relance.domain.staff.Role;

/** The accounts people log in with. Implemented over Keycloak's admin API. */
public interface IdentityDirectory {

    /**
     * Creates an enabled account bound to the tenant, with one realm role.
     *
     * @param temporaryPassword true: the person must choose a new password at first login
     * @return the account's id
     * @throws IdentityException with reason EMAIL_TAKEN, PASSWORD_REJECTED or UNAVAILABLE
     */
    String create(NewAccount account, boolean temporaryPassword);

    /** Removes an account; used to undo a creation whose database part failed. */
    void delete(String accountId);

    void changeRole(String accountId, String tenant, Role role);

    void setEnabled(String accountId, String tenant, boolean enabled);

    /** The id of the account with this email, in any agency. */
    java.util.Optional<String> findByEmail(String email);

    /** Every account bound to an agency (a tenant attribute), for the daily orphan check. */
    java.util.List<Account> accountsOfAgencies();

    record Account(String id, String email, String tenant) {
    }

    record NewAccount(String tenant, String email, String firstName, String lastName, Role role, String password) {
    }
}
