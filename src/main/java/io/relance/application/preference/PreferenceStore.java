package io.relance.application.preference;

import io.relance.domain.preference.JournalistPreferences;

import java.time.Instant;
import java.util.Optional;

/**
 * The platform's preference tables (no tenant id: a person's preferences are the same for every
 * agency), their one-time links and the page's request counters. Addresses never reach these
 * tables, only keyed hashes; links only as their SHA-256.
 */
public interface PreferenceStore {

    /** A link as stored: its person and its dates (null expiry: unknown link). */
    record Link(String personKey, Instant expiresAt, Instant usedAt) {
    }

    Optional<JournalistPreferences> find(String personKey);

    /** Saves them and queues the change for the engine's next poll, which reaches every agency's sequences. */
    void save(String personKey, JournalistPreferences p, Instant now);

    void createLink(String tokenHash, String personKey, Instant expiresAt, Instant now);

    /** The link stored under this hash; an unknown one answers a link with no person and no dates. */
    Link link(String tokenHash);

    /** Uses the link if it is still unused and valid, in one step, so that two tabs cannot both use it. */
    boolean use(String tokenHash, Instant now);

    /** Counts one more request in {@code bucket}'s window; answers the count, this request included. */
    int hit(String bucket, Instant window);

    /** Old counters and links go: they only ever served for minutes. */
    void forget(Instant before);
}
