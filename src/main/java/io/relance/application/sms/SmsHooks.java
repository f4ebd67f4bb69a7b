package io.relance.application.sms;

import io.relance.application.common.AppClock;
import io.relance.application.common.Secrets;
import io.relance.domain.sms.TwilioSignature;
import io.relance.application.tenant.TenantScope;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an HTTP aggregator calls back: delivery states and incoming SMS. Nobody is logged in there,
 * so the agency is the one whose random key is in the URL, and the call counts only if it is signed
 * with that agency's auth token; then it goes where SMPP receipts and replies go ({@link SmsInbound}).
 * A signature proves who wrote a callback, not when: a recorded one played again is refused by its
 * id, seen before ({@link HookDeliveries}), and a status callback also by the moment in its URL
 * ({@code ?t=}, signed with the rest), which must be within {@link #WINDOW} of now.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SmsHooks {

    /** How a callback was taken: the HTTP answer follows from it. */
    public enum Result { DONE, UNKNOWN_KEY, BAD_SIGNATURE, NOT_YET, STALE, REPLAYED }

    /** How long after a message left its status may come back (operators keep trying for a day or two). */
    static final Duration WINDOW = Duration.ofDays(3);
    /** A clock ahead of ours by this much is still believed. */
    static final Duration SKEW = Duration.ofMinutes(5);
    /** How long delivery ids are kept: beyond, a status is stale anyway; a reply's id is kept as long. */
    static final Duration REMEMBER = Duration.ofDays(90);

    @Inject
    SmsStore store;

    @Inject
    SmsInbound inbound;

    @Inject
    Secrets secrets;

    @Inject
    HookDeliveries deliveries;

    @Inject
    AppClock clock;

    @Inject
    @ConfigProperty(name = "relance.public-url")
    String publicUrl;

    @Resource
    SessionContext context;

    public String statusUrl(String hookKey) {
        return base(hookKey) + "/status";
    }

    /** The status callback given with a message: its moment rides along, signed by the provider with the rest. */
    public String statusCallback(String hookKey) {
        return statusUrl(hookKey) + "?t=" + clock.now().getEpochSecond();
    }

    public String inboundUrl(String hookKey) {
        return base(hookKey) + "/inbound";
    }

    /**
     * A message's state (MessageSid, MessageStatus): delivered, or failed for good; others change
     * nothing. {@code sentAt}: the {@code t} of the URL called, as given.
     */
    public Result status(String hookKey, String sentAt, Map<String, String> params, String signature) {
        Optional<String> tenant = store.tenantOfHook(hookKey);
        if (tenant.isEmpty()) {
            return Result.UNKNOWN_KEY;
        }
        String url = statusUrl(hookKey) + (sentAt == null ? "" : "?t=" + sentAt);
        if (!signed(tenant.get(), url, params, signature)) {
            return Result.BAD_SIGNATURE;
        }
        if (!fresh(sentAt)) {
            return Result.STALE;
        }
        String state = params.getOrDefault("MessageStatus", params.getOrDefault("SmsStatus", "")).toLowerCase(Locale.ROOT);
        Boolean delivered = switch (state) {
            case "delivered", "read" -> true;
            case "undelivered", "failed" -> false;
            default -> null; // queued, sent...: on its way
        };
        if (delivered == null) {
            return Result.DONE;
        }
        String id = deliveryId("status", params.get("MessageSid") == null ? null : params.get("MessageSid") + "|" + state, params);
        if (!firstSight(tenant.get(), id)) {
            return Result.REPLAYED;
        }
        try {
            inbound.receipt(tenant.get(), params.get("MessageSid"), delivered);
        } catch (ReceiptTooEarly e) {
            deliveries.forget(tenant.get(), id);
            return Result.NOT_YET; // the send's own commit has not landed: the provider calls again
        } catch (RuntimeException e) {
            deliveries.forget(tenant.get(), id);
            throw e;
        }
        return Result.DONE;
    }

    /** An incoming SMS (From, Body): "STOP" opts the person out, anything else is kept for the caller. */
    public Result inbound(String hookKey, Map<String, String> params, String signature) {
        Optional<String> tenant = store.tenantOfHook(hookKey);
        if (tenant.isEmpty()) {
            return Result.UNKNOWN_KEY;
        }
        if (!signed(tenant.get(), inboundUrl(hookKey), params, signature)) {
            return Result.BAD_SIGNATURE;
        }
        String id = deliveryId("inbound", params.getOrDefault("MessageSid", params.get("SmsSid")), params);
        if (!firstSight(tenant.get(), id)) {
            return Result.REPLAYED;
        }
        try {
            inbound.reply(tenant.get(), params.getOrDefault("From", ""), params.getOrDefault("Body", ""));
        } catch (RuntimeException e) {
            deliveries.forget(tenant.get(), id);
            throw e;
        }
        return Result.DONE;
    }

    private boolean signed(String tenant, String url, Map<String, String> params, String signature) {
        String token = TenantScope.call(tenant, () -> self().tokenOf());
        return TwilioSignature.valid(token, url, params, signature);
    }

    /** Whether a status callback's moment (seconds since 1970, as we wrote it) is recent enough. */
    private boolean fresh(String sentAt) {
        if (sentAt == null || !sentAt.matches("\\d{1,12}")) {
            return false; // no moment: not a URL we gave out (or one from before they carried it)
        }
        Instant at = Instant.ofEpochSecond(Long.parseLong(sentAt));
        Instant now = clock.now();
        return !at.isBefore(now.minus(WINDOW)) && !at.isAfter(now.plus(SKEW));
    }

    private boolean firstSight(String tenant, String id) {
        Instant now = clock.now();
        return deliveries.firstSight(tenant, id, now, now.minus(REMEMBER));
    }

    /**
     * The provider's id of what it delivers, kind first (a message's id comes back with each state);
     * without one, the callback's whole signed content: an identical copy is still a replay.
     */
    static String deliveryId(String kind, String providerId, Map<String, String> params) {
        StringBuilder content = new StringBuilder(kind).append('|');
        if (providerId != null && !providerId.isBlank()) {
            content.append(providerId);
        } else {
            new TreeMap<>(params).forEach((name, value) -> content.append(name).append('=').append(value).append('&'));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The current agency's auth token, decrypted, if its provider is an HTTP aggregator. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String tokenOf() {
        return store.provider().filter(p -> p.kind() == SmsProvider.Kind.HTTP && p.password() != null)
                .map(p -> secrets.decrypt(p.password())).orElse(null);
    }

    private String base(String hookKey) {
        String root = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return root + "/api/sms/hooks/" + hookKey;
    }

    private SmsHooks self() {
        return context.getBusinessObject(SmsHooks.class);
    }
}
