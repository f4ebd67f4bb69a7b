package io.relance.infrastructure.security;

import io.relance.application.identity.LoginProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the realm answers: its discovery document is what the OIDC client needs before any login.
 * Readiness asks every time; the login entry asks at most once every few seconds, and one request at
 * a time (a crowd arriving at 9:00 makes one request to Keycloak, not one each).
 *
 * <p>A realm that took the connection but is slow to answer counts as answering: under a morning's
 * logins Keycloak can take seconds, and telling people "connexion impossible" then (two of 220 in the
 * load test) sent them away from a login that would have worked. Refused, unreachable or answering
 * with an error, it is down.
 */
@ApplicationScoped
public class KeycloakProbe implements LoginProvider {

    /** The realm's answer: HTTP status (0 when nothing answered) and the error, if any. */
    public record Answer(int status, String error) {

        /** Connected, but no answer within the timeout: busy, not down. */
        static final String SLOW = "slow to answer";

        public boolean up() {
            return status == 200 || SLOW.equals(error);
        }
    }

    private static final long CACHE_NANOS = Duration.ofSeconds(3).toNanos();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile Answer last;
    private volatile long lastAt;
    private final AtomicBoolean probing = new AtomicBoolean();
    private String realmUrl;

    @Inject
    KeycloakSettings keycloak;

    /** A probe outside CDI (the login gate, which runs before any bean), for the realm at this URL. */
    static KeycloakProbe of(String realmUrl) {
        KeycloakProbe probe = new KeycloakProbe();
        probe.realmUrl = realmUrl;
        return probe;
    }

    /** Asks the realm now. */
    public Answer check() {
        String url = (realmUrl != null ? realmUrl : keycloak.realmUrl()) + "/.well-known/openid-configuration";
        Answer answer;
        try {
            int status = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            answer = new Answer(status, null);
        } catch (HttpConnectTimeoutException e) {
            answer = new Answer(0, "no connection within 2 s");
        } catch (HttpTimeoutException e) {
            answer = new Answer(0, Answer.SLOW);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = new Answer(0, "interrupted");
        } catch (Exception e) {
            answer = new Answer(0, String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        last = answer;
        lastAt = System.nanoTime();
        return answer;
    }

    @Override
    public boolean answers() {
        Answer known = last;
        if (known != null && System.nanoTime() - lastAt < CACHE_NANOS) {
            return known.up();
        }
        if (!probing.compareAndSet(false, true)) {
            // someone is asking the realm now: until it answers, the last answer stands
            return known == null ? check().up() : known.up();
        }
        try {
            return check().up();
        } finally {
            probing.set(false);
        }
    }
}
