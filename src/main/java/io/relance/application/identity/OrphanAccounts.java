package io.relance.application.identity;

import java.util.List;

/**
 * Keycloak accounts the app created and then could not remove (its compensation failed): kept
 * outside any agency, in their own transaction, so that the failed sign-up's rollback keeps them.
 */
public interface OrphanAccounts {

    void record(String accountId, String why, String error);

    /** The oldest recorded orphans still to remove. */
    List<String> pending(int max);

    void removed(String accountId);

    void stillThere(String accountId, String error);

    /** Whether an agency knows this person (a staff member or a client viewer with that email). */
    boolean known(String tenant, String email);
}
