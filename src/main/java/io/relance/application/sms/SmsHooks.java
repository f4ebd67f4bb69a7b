package io.relance.application.sms;

import io.relance.infrastructure.persistence.SmsStore;
import io.relance.infrastructure.security.Secrets;
import io.relance.infrastructure.sms.TwilioSignature;
import io.relance.infrastructure.tenancy.TenantScope;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an HTTP aggregator calls back: delivery states and incoming SMS. Nobody is logged in there,
 * so the agency is the one whose random key is in the URL, and the call counts only if it is signed
 * with that agency's auth token; then it goes where SMPP receipts and replies go ({@link SmsInbound}).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SmsHooks {

    /** How a callback was taken: the HTTP answer follows from it. */
    public enum Result { DONE, UNKNOWN_KEY, BAD_SIGNATURE, NOT_YET }

    @Inject
    SmsStore store;

    @Inject
    SmsInbound inbound;

    @Inject
    Secrets secrets;

    @Inject
    @ConfigProperty(name = "relance.public-url")
    String publicUrl;

    @Resource
    SessionContext context;

    public String statusUrl(String hookKey) {
        return base(hookKey) + "/status";
    }

    public String inboundUrl(String hookKey) {
        return base(hookKey) + "/inbound";
    }

    /** A message's state (MessageSid, MessageStatus): delivered, or failed for good; others change nothing. */
    public Result status(String hookKey, Map<String, String> params, String signature) {
        Optional<String> tenant = store.tenantOfHook(hookKey);
        if (tenant.isEmpty()) {
            return Result.UNKNOWN_KEY;
        }
        if (!signed(tenant.get(), statusUrl(hookKey), params, signature)) {
            return Result.BAD_SIGNATURE;
        }
        String state = params.getOrDefault("MessageStatus", params.getOrDefault("SmsStatus", "")).toLowerCase(Locale.ROOT);
        Boolean delivered = switch (state) {
            case "delivered", "read" -> true;
            case "undelivered", "failed" -> false;
            default -> null; // queued, sent...: on its way
        };
        if (delivered != null) {
            try {
                inbound.receipt(tenant.get(), params.get("MessageSid"), delivered);
            } catch (ReceiptTooEarly e) {
                return Result.NOT_YET; // the send's own commit has not landed: the provider calls again
            }
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
        inbound.reply(tenant.get(), params.getOrDefault("From", ""), params.getOrDefault("Body", ""));
        return Result.DONE;
    }

    private boolean signed(String tenant, String url, Map<String, String> params, String signature) {
        String token = TenantScope.call(tenant, () -> self().tokenOf());
        return TwilioSignature.valid(token, url, params, signature);
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
