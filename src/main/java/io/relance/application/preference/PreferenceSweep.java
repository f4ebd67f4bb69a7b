package io.relance.application.preference;

import io.relance.application.common.DatabaseOutage;
import io.relance.application.sequence.Withdrawals;
import io.relance.domain.preference.PersonKey;
import io.relance.application.preference.PreferenceSweepStore.Change;
import io.relance.application.preference.PreferenceSweepStore.Holder;
import io.relance.application.tenant.TenantScope;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Run by the engine's poll (every 2 s): keys the contacts written since the last poll, then carries
 * each preference change to every agency that holds the person. Each agency's contacts are handled
 * under that agency's tenant, taken from the contact row (never from a request), in a transaction
 * of their own, through {@link Withdrawals}: the sequences of a person who now refuses calls end as
 * for any other "no", with the reason "Préférence du journaliste" and nothing about who said it where.
 */
@Stateless
public class PreferenceSweep {

    /** The reason every agency reads; the same for every preference, so that none reveals more. */
    public static final String REASON = "Préférence du journaliste";

    private static final Logger LOG = Logger.getLogger(PreferenceSweep.class.getName());
    private static final int BATCH = 500;

    @Inject
    PreferencesKey keys;

    @Inject
    PreferenceSweepStore store;

    @Inject
    Withdrawals withdrawals;

    @Resource
    SessionContext context;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        Optional<PersonKey> key = keys.key();
        if (key.isEmpty()) {
            return;
        }
        PreferenceSweep self = context.getBusinessObject(PreferenceSweep.class);
        List<Holder> concerned = new ArrayList<>(self.keyContacts(key.get()));
        concerned.addAll(self.takeChanges());
        Map<String, List<Long>> byAgency = new TreeMap<>();
        concerned.forEach(h -> byAgency.computeIfAbsent(h.tenant(), t -> new ArrayList<>()).add(h.contactId()));
        byAgency.forEach((tenant, contacts) -> {
            try {
                TenantScope.run(tenant, () -> self.withdraw(contacts));
            } catch (RuntimeException e) {
                if (DatabaseOutage.isCause(e)) {
                    throw e; // not this agency's problem: the poller says it once and the next sweep takes it again
                }
                // the queue and the outboxes still check the preference at the moment of use
                LOG.log(Level.WARNING, "Preference sweep failed for an agency; its calls stay filtered at use", e);
            }
        });
    }

    /** Keys a batch of contacts; answers those whose person refuses calls (a new contact of someone who already said so). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Holder> keyContacts(PersonKey key) {
        return store.key(store.unkeyed(BATCH), u -> new String[]{key.email(u.email()).orElse(null), key.phone(u.mobile()).orElse(null)});
    }

    /** Claims pending changes and answers every agency's contacts they concern. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Holder> takeChanges() {
        List<Change> changes = store.pendingChanges(BATCH);
        if (changes.isEmpty()) {
            return List.of();
        }
        List<Holder> holders = store.holders(changes.stream().map(Change::personKey).distinct().toList());
        store.done(changes.stream().map(Change::id).toList(), Instant.now());
        return holders;
    }

    /**
     * Under the agency's tenant: ends what the preference forbids, and cuts running sequences of
     * people who want one call per release to that one call (contacts who asked nothing are left alone).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void withdraw(List<Long> contacts) {
        withdrawals.of(contacts, REASON, REASON);
        withdrawals.oneCallEach(contacts, REASON, REASON);
    }
}
