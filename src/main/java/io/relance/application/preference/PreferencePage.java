package io.relance.application.preference;

import io.relance.domain.contact.PhoneNumbers;
import io.relance.application.common.AppClock;
import io.relance.application.common.RandomTokens;
import io.relance.domain.contact.Problem;
import io.relance.domain.preference.JournalistPreferences;
import io.relance.domain.preference.LinkState;
import io.relance.domain.preference.PersonKey;
import io.relance.domain.preference.RateLimit;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The public preferences page, used by someone who is not signed in and belongs to no agency. It
 * answers the same whether the address is known to any agency or not (a link is sent either way:
 * preferences are the person's, not the agencies'), and it never says which agency holds whom.
 */
@Stateless
@PermitAll
public class PreferencePage {

    /** What asking for a link answered. */
    public enum Requested { SENT, LIMITED, INVALID, UNAVAILABLE }

    /** A followed link: its state, and the person's preferences when it is valid. */
    public record Opened(LinkState state, JournalistPreferences preferences) {
    }

    /** Saving: the link's state, or the problems of what was typed (the link is then kept). */
    public record Saved(LinkState state, List<Problem> problems) {
    }

    @Inject
    PreferencesKey keys;

    @Inject
    PreferenceStore store;

    @Inject
    PreferenceMailStore mails;

    @Inject
    AppClock clock;

    @Inject
    @ConfigProperty(name = "relance.preferences.per-client", defaultValue = "20")
    int perClient;

    @Inject
    @ConfigProperty(name = "relance.preferences.per-address", defaultValue = "3")
    int perAddress;

    /** Sends a one-time link to {@code email}, if the client and the address are within the limit. */
    public Requested request(String email, String client, String language) {
        Optional<PersonKey> key = keys.key();
        if (key.isEmpty()) {
            return Requested.UNAVAILABLE;
        }
        Instant now = clock.now();
        RateLimit limit = new RateLimit(perClient, perAddress, RateLimit.DEFAULT.window());
        Instant window = limit.windowOf(now);
        int clientHits = store.hit(sha256("client\n" + client), window);
        Optional<String> person = key.get().email(email);
        if (person.isEmpty()) {
            return clientHits > perClient ? Requested.LIMITED : Requested.INVALID;
        }
        int addressHits = store.hit(sha256("address\n" + person.get()), window);
        if (!limit.allows(clientHits, addressHits)) {
            return Requested.LIMITED;
        }
        String token = RandomTokens.next();
        store.createLink(sha256(token), person.get(), now.plus(LinkState.LIFETIME), now);
        mails.queue(PersonKey.normaliseEmail(email).orElseThrow(), token, "en".equals(language) ? "en" : "fr", now);
        store.forget(now.minus(Duration.ofDays(1)));
        return Requested.SENT;
    }

    /** Following the link shows the preferences; it does not use the link (mail scanners follow links too). */
    public Opened open(String token) {
        Optional<PreferenceStore.Link> link = link(token);
        LinkState state = link.map(l -> LinkState.of(l.expiresAt(), l.usedAt(), clock.now())).orElse(LinkState.UNKNOWN);
        if (state != LinkState.VALID) {
            return new Opened(state, null);
        }
        return new Opened(state, store.find(link.get().personKey()).orElse(JournalistPreferences.NONE));
    }

    /** Saves the preferences and uses the link: a second save with it is refused. */
    public Saved save(String token, JournalistPreferences preferences) {
        Optional<PreferenceStore.Link> link = link(token);
        Instant now = clock.now();
        LinkState state = link.map(l -> LinkState.of(l.expiresAt(), l.usedAt(), now)).orElse(LinkState.UNKNOWN);
        if (state != LinkState.VALID) {
            return new Saved(state, List.of());
        }
        List<Problem> problems = preferences.problems(clock.today(PhoneNumbers.HOME));
        if (!problems.isEmpty()) {
            return new Saved(state, problems);
        }
        if (!store.use(sha256(token), now)) {
            return new Saved(LinkState.USED, List.of()); // another tab was quicker
        }
        store.save(link.get().personKey(), preferences, now);
        return new Saved(LinkState.VALID, List.of());
    }

    private Optional<PreferenceStore.Link> link(String token) {
        // a real token is 43 URL-safe characters: anything else is not looked up at all
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        PreferenceStore.Link link = store.link(sha256(token));
        return link.personKey() == null ? Optional.empty() : Optional.of(link);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
