package io.relance.infrastructure.persistence.preference;

import io.relance.application.preference.PreferenceSweepStore;
import io.relance.infrastructure.persistence.PlatformSql;
import io.relance.infrastructure.persistence.PreferenceSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The platform's sweep across agencies, run by the engine's poll with no tenant: it keys contacts
 * (the keyed hash of their email and mobile, after each write and for those already there) and
 * finds which agencies' contacts a preference change concerns. It answers (agency, contact) pairs
 * that the caller then handles under each agency's own tenant; nothing here changes an agency's
 * sequences.
 */
@ApplicationScoped
public class JpaPreferenceSweepStore implements PreferenceSweepStore {

    @Inject
    PlatformSql sql;

    /** Contacts written since they were last keyed (or never keyed), locked for this poll. */
    @Override
    public List<Unkeyed> unkeyed(int max) {
        return sql.query("SELECT id, email, mobile FROM contact WHERE keys_done = FALSE ORDER BY id LIMIT " + max
                + " FOR UPDATE SKIP LOCKED", rs -> new Unkeyed(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    /** Writes their keys ({@code keys} answers email key and mobile key, either null); answers those that now refuse calls. */
    @Override
    public List<Holder> key(List<Unkeyed> contacts, Function<Unkeyed, String[]> keys) {
        if (contacts.isEmpty()) {
            return List.of();
        }
        sql.updateEach("UPDATE contact SET email_key = ?, mobile_key = ?, keys_done = TRUE WHERE id = ?", contacts.stream().map(u -> {
            String[] k = keys.apply(u);
            return new Object[]{k[0], k[1], u.id()};
        }).toList());
        return sql.query("SELECT c.tenant_id, c.id FROM contact c WHERE c.id IN (" + PlatformSql.marks(contacts.size()) + ") AND "
                + PreferenceSql.REFUSES, rs -> new Holder(rs.getString(1), rs.getLong(2)), contacts.stream().map(Unkeyed::id).toArray());
    }

    /** Preference changes not yet carried to the agencies, locked for this poll. */
    @Override
    public List<Change> pendingChanges(int max) {
        return sql.query("SELECT id, person_key FROM preference_change WHERE done_at IS NULL ORDER BY id LIMIT " + max
                + " FOR UPDATE SKIP LOCKED", rs -> new Change(rs.getLong(1), rs.getString(2)));
    }

    /** Every agency's contacts that carry one of these keys. */
    @Override
    public List<Holder> holders(List<String> personKeys) {
        if (personKeys.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(personKeys);
        params.addAll(personKeys);
        String in = PlatformSql.marks(personKeys.size());
        return sql.query("SELECT tenant_id, id FROM contact WHERE email_key IN (" + in + ") UNION "
                + "SELECT tenant_id, id FROM contact WHERE mobile_key IN (" + in + ")", rs -> new Holder(rs.getString(1), rs.getLong(2)),
                params.toArray());
    }

    @Override
    public void done(List<Long> changeIds, Instant now) {
        sql.updateEach("UPDATE preference_change SET done_at = ? WHERE id = ?",
                changeIds.stream().map(id -> new Object[]{now, id}).toList());
    }
}
