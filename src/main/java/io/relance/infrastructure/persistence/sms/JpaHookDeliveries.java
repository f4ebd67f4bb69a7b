package io.relance.infrastructure.persistence.sms;

import io.relance.application.sms.HookDeliveries;
import io.relance.infrastructure.persistence.PlatformSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Delivery ids of the SMS aggregators' callbacks, per agency (sms_hook_seen). The primary key is
 * the arbiter: of two identical callbacks arriving together, one insert wins and the other is the
 * replay. Plain JDBC under the callback's agency, given explicitly: nobody is logged in there.
 */
@ApplicationScoped
public class JpaHookDeliveries implements HookDeliveries {

    @Inject
    PlatformSql sql;

    @Override
    public boolean firstSight(String tenant, String deliveryId, Instant now, Instant forgetBefore) {
        sql.update("DELETE FROM sms_hook_seen WHERE tenant_id = ? AND seen_at < ?", tenant, forgetBefore);
        return sql.update("INSERT IGNORE INTO sms_hook_seen (tenant_id, delivery_id, seen_at) VALUES (?, ?, ?)",
                tenant, deliveryId, now) == 1;
    }

    @Override
    public void forget(String tenant, String deliveryId) {
        sql.update("DELETE FROM sms_hook_seen WHERE tenant_id = ? AND delivery_id = ?", tenant, deliveryId);
    }
}
