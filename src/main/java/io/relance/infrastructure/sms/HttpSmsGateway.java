package io.relance.infrastructure.sms;

import io.relance.application.sms.InternalTargetException;
import io.relance.application.sms.SmsGatewayException;
import io.relance.application.sms.SmsHooks;
import io.relance.application.sms.SmsProvider;
import io.relance.application.sms.SmsRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An HTTP aggregator with Twilio's REST shape (Twilio itself, and the many that copy it): one POST
 * per message to {@code {base}/2010-04-01/Accounts/{account}/Messages.json}, basic auth with the
 * account and its token, the answer's {@code sid} kept to match the status callbacks it asks for.
 */
@ApplicationScoped
@Typed(HttpSmsGateway.class)
public class HttpSmsGateway {

    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 10_000;

    @Inject
    SmsHooks hooks;

    @Inject
    GuardedHttp http;

    /**
     * A refusal of the message (4xx but throttling) is final; a refusal of the account (401, 403),
     * throttling, a server error or no answer is the gateway's: the message waits and, if it lasts,
     * the agency's circuit opens. Hiccups are retried at once, twice. What is kept of an answer is
     * its status and the provider's numeric error code: its text may be anybody's.
     */
    @Retry(maxRetries = 2, delay = 300, jitter = 100, retryOn = SmsGatewayException.class,
            abortOn = {SmsRefusedException.class, InternalTargetException.class})
    public String send(SmsProvider provider, String toE164, String body) throws SmsGatewayException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", toE164);
        form.put("From", provider.sender());
        form.put("Body", body);
        form.put("StatusCallback", hooks.statusCallback(provider.hookKey()));
        String auth = Base64.getEncoder().encodeToString((provider.systemId() + ":" + provider.password()).getBytes(StandardCharsets.UTF_8));
        URI uri;
        try {
            uri = URI.create(provider.host() + "/2010-04-01/Accounts/" + URLEncoder.encode(provider.systemId(), StandardCharsets.UTF_8)
                    + "/Messages.json");
        } catch (IllegalArgumentException e) {
            throw new SmsGatewayException("Not an address: " + provider.host(), false, SmsGatewayException.Failure.UNREACHABLE, 0, e);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Basic " + auth);
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        headers.put("Accept", "application/json");
        headers.put("User-Agent", "Relance");
        GuardedHttp.Answer response = http.post(uri, headers, encode(form), CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS);
        int status = response.status();
        if (status / 100 == 2) {
            String sid = field(response.body(), "sid");
            if (sid == null || !sid.matches("[A-Za-z0-9_-]{1,64}")) {
                // accepted, but we cannot tell which message it is: treat as sent without an id
                return "http-" + status;
            }
            return sid;
        }
        String why = "HTTP " + status + code(response.body());
        if (status == 401 || status == 403) {
            throw new SmsGatewayException("Credentials refused by the provider: " + why, false,
                    SmsGatewayException.Failure.HTTP_STATUS, status, null);
        }
        if (status / 100 == 4 && status != 408 && status != 429) {
            throw new SmsRefusedException("Refused by the provider: " + why, status);
        }
        throw new SmsGatewayException("Provider unavailable: " + why, false, SmsGatewayException.Failure.HTTP_STATUS, status, null);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The provider's error code (Twilio's 21211...) when its answer has a numeric one: a code to look up, no text. */
    static String code(String body) {
        String code = field(body, "code");
        return code != null && code.matches("\\d{1,8}") ? " (code " + code + ")" : "";
    }

    private static String field(String json, String name) {
        try (JsonReader reader = Json.createReader(new StringReader(json == null ? "" : json))) {
            JsonObject o = reader.readObject();
            return o.containsKey(name) && !o.isNull(name) ? o.get(name).toString().replaceAll("^\"|\"$", "") : null;
        } catch (RuntimeException e) {
            return null; // not JSON: an HTML error page from a proxy, say
        }
    }
}
