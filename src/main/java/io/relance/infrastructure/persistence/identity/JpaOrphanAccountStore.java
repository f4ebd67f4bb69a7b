package io.relance.infrastructure.persistence.identity;

import io.relance.application.identity.OrphanAccounts;
import io.relance.infrastructure.persistence.PlatformSql;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * The orphan accounts, in transactions of their own: a failed sign-up rolls its own work back, and
 * the record of the account it could not remove must survive that rollback.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JpaOrphanAccountStore implements OrphanAccounts {

    @Inject
    PlatformSql sql;

    @Override
    public void record(String accountId, String why, String error) {
        Instant now = Instant.now();
        sql.update("INSERT INTO orphan_account (account_id, reason, last_error, created_at, updated_at) VALUES (?, LEFT(?, 200), "
                + "LEFT(?, 500), ?, ?) ON DUPLICATE KEY UPDATE attempts = attempts + 1, last_error = VALUES(last_error), "
                + "updated_at = VALUES(updated_at)", accountId, why, error, now, now);
    }

    @Override
    public List<String> pending(int max) {
        return sql.query("SELECT account_id FROM orphan_account ORDER BY created_at LIMIT " + Math.max(1, max), rs -> rs.getString(1));
    }

    @Override
    public void removed(String accountId) {
        sql.update("DELETE FROM orphan_account WHERE account_id = ?", accountId);
    }

    @Override
    public void stillThere(String accountId, String error) {
        sql.update("UPDATE orphan_account SET attempts = attempts + 1, last_error = LEFT(?, 500), updated_at = ? "
                + "WHERE account_id = ?", error, Instant.now(), accountId);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean known(String tenant, String email) {
        return !sql.query("SELECT 1 FROM staff_member WHERE tenant_id = ? AND email = ? UNION ALL "
                + "SELECT 1 FROM client_viewer WHERE tenant_id = ? AND email = ? LIMIT 1", rs -> 1, tenant, email, tenant, email).isEmpty();
    }
}
