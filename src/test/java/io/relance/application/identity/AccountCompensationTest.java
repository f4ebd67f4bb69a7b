package io.relance.application.identity;

import io.relance.domain.staff.Role;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compensation's retries and sweep, over an in-memory directory that fails as told. */
class AccountCompensationTest {

    /** Keycloak's accounts, refusing the next {@code failures} deletions. */
    static final class Directory implements IdentityDirectory {
        final Map<String, Account> accounts = new LinkedHashMap<>();
        int failures;

        @Override
        public String create(NewAccount account, boolean temporaryPassword) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(String accountId) {
            if (failures-- > 0) {
                throw new IdentityException(IdentityException.Reason.UNAVAILABLE, "Keycloak down", null);
            }
            accounts.remove(accountId);
        }

        @Override
        public void changeRole(String accountId, String tenant, Role role) {
        }

        @Override
        public void setEnabled(String accountId, String tenant, boolean enabled) {
        }

        @Override
        public Optional<String> findByEmail(String email) {
            return Optional.empty();
        }

        @Override
        public List<Account> accountsOfAgencies() {
            return new ArrayList<>(accounts.values());
        }
    }

    /** The orphan table and the agencies' known people. */
    static final class Orphans implements OrphanAccounts {
        final List<String> recorded = new ArrayList<>();
        final List<String> knownPeople = new ArrayList<>();

        @Override
        public void record(String accountId, String why, String error) {
            recorded.add(accountId);
        }

        @Override
        public List<String> pending(int max) {
            return List.copyOf(recorded);
        }

        @Override
        public void removed(String accountId) {
            recorded.remove(accountId);
        }

        @Override
        public void stillThere(String accountId, String error) {
        }

        @Override
        public boolean known(String tenant, String email) {
            return knownPeople.contains(tenant + "/" + email);
        }
    }

    private final Directory directory = new Directory();
    private final Orphans orphans = new Orphans();
    private final AccountCompensation compensation = new AccountCompensation();

    AccountCompensationTest() {
        compensation.directory = directory;
        compensation.orphans = orphans;
        directory.accounts.put("k1", new IdentityDirectory.Account("k1", "a@x.fr", "x"));
    }

    @Test
    void aPassingFailureIsRetriedAtOnce() {
        directory.failures = AccountCompensation.TRIES - 1;
        compensation.undo("k1", "sign-up failed");
        assertTrue(directory.accounts.isEmpty(), "removed on the last try");
        assertTrue(orphans.recorded.isEmpty());
    }

    @Test
    void aLastingFailureIsRememberedAndTheSweepRemovesItOnceKeycloakLetsGo() {
        directory.failures = 99;
        compensation.undo("k1", "sign-up failed");
        assertEquals(List.of("k1"), orphans.recorded);
        assertEquals(0, compensation.sweep().removed(), "still down tonight");
        assertEquals(List.of("k1"), orphans.recorded, "still remembered");
        directory.failures = 0;
        AccountCompensation.Sweep next = compensation.sweep();
        assertEquals(1, next.removed());
        assertTrue(directory.accounts.isEmpty() && orphans.recorded.isEmpty());
    }

    @Test
    void theSweepReportsAccountsNoAgencyKnows() {
        directory.accounts.put("k2", new IdentityDirectory.Account("k2", "b@y.fr", "y"));
        orphans.knownPeople.add("y/b@y.fr");
        assertEquals(List.of("a@x.fr (x)"), compensation.sweep().unknown());
    }
}
