package io.relance.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Makes this node fetch the realm's signing keys while Keycloak answers, so that a Keycloak outage
 * does not log out API callers whose tokens land on a node that never checked one.
 *
 * <p>Why: elytron-oidc-client reads the realm's discovery document and keys lazily, on the first
 * bearer token it verifies, and keeps them for a day. A node started (or restarted by a deploy) that
 * has not seen a token yet cannot verify any while Keycloak is down, and answers 401 to tokens the
 * other node accepts. Elytron offers no hook to load them, so the node sends itself one request with
 * a token whose key id is unknown: the only thing that makes the client fetch them. Its 401 is
 * expected. Repeated every few hours, the keys never reach their day's end during an outage. The
 * first try waits for the readiness check (asked once the deployment is up, by the deploy procedure
 * and the balancer's operators) or one minute: a request sent while the deployment is still
 * starting fails inside the server with a stack trace.
 */
@Singleton
@Startup
@Lock(LockType.READ) // the readiness check must never wait behind a try in progress: it skips instead
public class RealmKeysWarmup {

    private static final Logger LOG = Logger.getLogger(RealmKeysWarmup.class.getName());
    private static final long FIRST_MILLIS = Duration.ofMinutes(1).toMillis();
    private static final long RETRY_MILLIS = Duration.ofSeconds(10).toMillis();
    private static final long REFRESH_MILLIS = Duration.ofHours(6).toMillis();
    /** A JWT that parses, names a key no realm has, and carries no signature worth checking. */
    static final String UNKNOWN_KEY_TOKEN = part("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"relance-keys-warm-up\"}")
            + "." + part("{}") + "." + part("warm-up");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Resource
    TimerService timers;

    @Inject
    KeycloakProbe keycloak;

    @Inject
    @ConfigProperty(name = "relance.keys-warmup.url")
    Optional<String> configuredUrl;

    private volatile boolean warm;
    private final AtomicBoolean trying = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(FIRST_MILLIS, new TimerConfig(null, false));
    }

    @Timeout
    void warmUp(Timer timer) {
        boolean done = keycloak.check().up() && load();
        timers.createSingleActionTimer(done ? REFRESH_MILLIS : RETRY_MILLIS, new TimerConfig(null, false));
    }

    /** From the readiness check, which has just seen the realm answer: loads the keys if not done yet. */
    public void loadIfNeeded() {
        if (!warm) {
            load();
        }
    }

    private boolean load() {
        if (!trying.compareAndSet(false, true)) {
            return warm; // another thread is asking right now
        }
        boolean done;
        try {
            done = askSelf();
        } finally {
            trying.set(false);
        }
        if (done && !warm) {
            LOG.info("The realm's signing keys are loaded on this node: API tokens stay verifiable if Keycloak stops");
        }
        warm = warm || done;
        return done;
    }

    /** True once our own API answered 401 to the token: the client has asked the realm for its keys. */
    private boolean askSelf() {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(selfUrl()))
                            .header("Authorization", "Bearer " + UNKNOWN_KEY_TOKEN)
                            .timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 401;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false; // not listening yet (the server is still starting): the next try will do
        }
    }

    /** This node's own HTTP listener, where WildFly's socket binding puts it (8080 + offset). */
    private String selfUrl() {
        return configuredUrl.orElseGet(() -> "http://127.0.0.1:"
                + (Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0))
                + "/api/team");
    }

    private static String part(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
