package io.relance.infrastructure.persistence.contacts;

import io.relance.application.contacts.SuppressionEntry;
import io.relance.application.contacts.SuppressionRecords;
import io.relance.domain.contact.ContactDetails;
import io.relance.domain.contact.Fingerprint;
import io.relance.application.tenant.TenantContext;
import io.relance.infrastructure.persistence.Rows;
import io.relance.infrastructure.persistence.JpaAdapter;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The agency's suppression list: fingerprints of erased people, never an address in clear. */
@ApplicationScoped
public class JpaSuppressionRecords extends JpaAdapter implements SuppressionRecords {

    private static final int CHUNK = 1000;

    @Override
    public void add(ContactDetails person, String reason, Instant now) {
        for (Fingerprint f : Fingerprint.of(TenantContext.require(), person)) {
            sql("INSERT IGNORE INTO suppression (tenant_id, kind, hash, reason, created_at) "
                            + "VALUES (:tenant, :kind, :hash, LEFT(:reason, 160), :now)")
                .setParameter("kind", f.kind()).setParameter("hash", f.hash())
                    .setParameter("reason", reason).setParameter("now", Timestamp.from(now)).executeUpdate();
        }
    }

    @Override
    public List<Boolean> listed(List<ContactDetails> people) {
        String tenant = TenantContext.require();
        List<List<Fingerprint>> prints = people.stream().map(d -> Fingerprint.of(tenant, d)).toList();
        Set<String> found = hashes(prints.stream().flatMap(List::stream).toList());
        return prints.stream().map(p -> p.stream().anyMatch(f -> found.contains(f.hash()))).toList();
    }

    /** The hashes among these that the list holds. */
    @SuppressWarnings("unchecked")
    private Set<String> hashes(Collection<Fingerprint> prints) {
        List<String> hashes = prints.stream().map(Fingerprint::hash).distinct().toList();
        Set<String> found = new HashSet<>();
        if (hashes.isEmpty()) {
            return found;
        }
        for (int from = 0; from < hashes.size(); from += CHUNK) {
            found.addAll(sql("SELECT hash FROM suppression WHERE tenant_id = :tenant AND kind IN ('EMAIL','PHONE') "
                            + "AND hash IN (:hashes)")
                    .setParameter("hashes", hashes.subList(from, Math.min(hashes.size(), from + CHUNK))).getResultList());
        }
        return found;
    }

    @Override
    public List<SuppressionEntry> page(int first, int size) {
        List<Object[]> rows = rows(sql("SELECT kind, hash, reason, created_at FROM suppression WHERE tenant_id = :tenant "
                        + "ORDER BY created_at DESC, hash LIMIT " + size + " OFFSET " + first));
        List<SuppressionEntry> entries = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            entries.add(new SuppressionEntry((String) r[0], new Fingerprint((String) r[0], (String) r[1]).shortHash(), (String) r[2],
                    Rows.instant(r[3])));
        }
        return entries;
    }

    @Override
    public long count() {
        return count(sql("SELECT COUNT(*) FROM suppression WHERE tenant_id = :tenant"));
    }
}
