package io.relance.infrastructure.persistence.preference;

import io.relance.application.preference.PreferenceStore;
import io.relance.domain.preference.JournalistPreferences;
import io.relance.infrastructure.persistence.PlatformSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Date;
import java.time.Instant;
import java.util.Optional;

/**
 * The platform's preference tables (no tenant id: a person's preferences are the same for every
 * agency), their one-time links and the page's request counters. Addresses never reach these
 * tables, only keyed hashes; links only as their SHA-256.
 */
@ApplicationScoped
public class JpaPreferenceStore implements PreferenceStore {

    @Inject
    PlatformSql sql;

    @Override
    public Optional<JournalistPreferences> find(String personKey) {
        return sql.query("SELECT no_calls, one_call_per_release, weekly_cap, away_until, email_only, topics "
                + "FROM journalist_preference WHERE person_key = ?", rs -> {
            int cap = rs.getInt(3);
            Integer weeklyCap = rs.wasNull() ? null : cap;
            Date away = rs.getDate(4);
            return new JournalistPreferences(rs.getBoolean(1), rs.getBoolean(2), weeklyCap,
                    away == null ? null : away.toLocalDate(), rs.getBoolean(5), rs.getString(6));
        }, personKey).stream().findFirst();
    }

    /** Saves them and queues the change for the engine's next poll, which reaches every agency's sequences. */
    @Override
    public void save(String personKey, JournalistPreferences p, Instant now) {
        sql.update("INSERT INTO journalist_preference (person_key, no_calls, one_call_per_release, weekly_cap, away_until, "
                        + "email_only, topics, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE no_calls = VALUES(no_calls), one_call_per_release = VALUES(one_call_per_release), "
                        + "weekly_cap = VALUES(weekly_cap), away_until = VALUES(away_until), email_only = VALUES(email_only), "
                        + "topics = VALUES(topics), updated_at = VALUES(updated_at)",
                personKey, p.noCalls(), p.oneCallPerRelease(), p.weeklyCap(), p.awayUntil(), p.emailOnly(), p.topics(), now);
        sql.update("INSERT INTO preference_change (person_key, created_at) VALUES (?, ?)", personKey, now);
    }

    @Override
    public void createLink(String tokenHash, String personKey, Instant expiresAt, Instant now) {
        sql.update("INSERT INTO preference_link (token_hash, person_key, expires_at, created_at) VALUES (?, ?, ?, ?)",
                tokenHash, personKey, expiresAt, now);
    }

    @Override
    public Link link(String tokenHash) {
        return sql.query("SELECT person_key, expires_at, used_at FROM preference_link WHERE token_hash = ?",
                        rs -> new Link(rs.getString(1), PlatformSql.instant(rs, 2), PlatformSql.instant(rs, 3)), tokenHash)
                .stream().findFirst().orElse(new Link(null, null, null));
    }

    /** Uses the link if it is still unused and valid: one statement, so that two tabs cannot both use it. */
    @Override
    public boolean use(String tokenHash, Instant now) {
        return sql.update("UPDATE preference_link SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
                now, tokenHash, now) == 1;
    }

    /** Counts one more request in {@code bucket}'s window; answers the count, this request included. */
    @Override
    public int hit(String bucket, Instant window) {
        sql.update("INSERT INTO preference_rate (bucket, window_start, hits) VALUES (?, ?, 1) ON DUPLICATE KEY UPDATE hits = hits + 1",
                bucket, window);
        return sql.query("SELECT hits FROM preference_rate WHERE bucket = ? AND window_start = ?", rs -> rs.getInt(1), bucket, window)
                .get(0);
    }

    /** Old counters and links go: they only ever served for minutes. */
    @Override
    public void forget(Instant before) {
        sql.update("DELETE FROM preference_rate WHERE window_start < ?", before);
        sql.update("DELETE FROM preference_link WHERE expires_at < ?", before);
    }
}
