package io.relance.application.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Undoes an account whose database part failed (sign-up, invitation, client viewer). An account
 * left in Keycloak with an agency's tenant attribute is an orphan: it cannot reach anything (the
 * member check refuses it), but it holds the email and should not exist. So the removal is
 * retried, then remembered and retried by the daily sweep until Keycloak confirms it is gone;
 * the sweep also reports accounts of the realm that no agency knows.
 */
@ApplicationScoped
public class AccountCompensation {

    private static final Logger LOG = Logger.getLogger(AccountCompensation.class.getName());
    static final int TRIES = 3;

    @Inject
    IdentityDirectory directory;

    @Inject
    OrphanAccounts orphans;

    /** Removes the account now (three tries) or remembers it for the sweep. */
    public void undo(String accountId, String why) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            try {
                directory.delete(accountId);
                return;
            } catch (RuntimeException e) {
                last = e;
                pause(attempt * 250L);
            }
        }
        LOG.log(Level.SEVERE, "Could not remove Keycloak account " + accountId + " (" + why + "); the daily sweep retries", last);
        orphans.record(accountId, why, String.valueOf(last.getMessage()));
    }

    /**
     * The daily sweep: removes the remembered orphans Keycloak now lets go of, and lists every
     * account of the realm bound to an agency that does not know it. Answers what it found.
     */
    public Sweep sweep() {
        int removed = 0;
        for (String accountId : orphans.pending(500)) {
            try {
                directory.delete(accountId);
                orphans.removed(accountId);
                removed++;
            } catch (RuntimeException e) {
                orphans.stillThere(accountId, String.valueOf(e.getMessage()));
            }
        }
        List<String> unknown = new ArrayList<>();
        for (IdentityDirectory.Account account : directory.accountsOfAgencies()) {
            if (!orphans.known(account.tenant(), account.email())) {
                unknown.add(account.email() + " (" + account.tenant() + ")");
            }
        }
        if (!unknown.isEmpty()) {
            LOG.warning(() -> unknown.size() + " Keycloak account(s) bound to an agency that does not know them: " + unknown);
        }
        return new Sweep(removed, unknown);
    }

    /** What the sweep did: orphans removed, and accounts no agency knows (email and agency). */
    public record Sweep(int removed, List<String> unknown) {
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
