package io.relance.infrastructure.sms;

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

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    SmsHooks hooks;

    /**
     * A refusal of the message (4xx but throttling) is final; a refusal of the account (401, 403),
     * throttling, a server error or no answer is the gateway's: the message waits and, if it lasts,
     * the agency's circuit opens. Hiccups are retried at once, twice.
     */
    @Retry(maxRetries = 2, delay = 300, jitter = 100, retryOn = SmsGatewayException.class, abortOn = SmsRefusedException.class)
    public String send(SmsProvider provider, String toE164, String body) throws SmsGatewayException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", toE164);
        form.put("From", provider.sender());
        form.put("Body", body);
        form.put("StatusCallback", hooks.statusUrl(provider.hookKey()));
        String auth = Base64.getEncoder().encodeToString((provider.systemId() + ":" + provider.password()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(provider.host() + "/2010-04-01/Accounts/"
                        + URLEncoder.encode(provider.systemId(), StandardCharsets.UTF_8) + "/Messages.json"))
                .timeout(TIMEOUT)
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SmsGatewayException("Provider unreachable: " + e.getMessage(), false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsGatewayException("Interrupted while sending", false, e);
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            String sid = field(response.body(), "sid");
            if (sid == null) {
                // accepted, but we cannot tell which message it is: treat as sent without an id
                return "http-" + status;
            }
            return sid;
        }
        String why = "HTTP " + status + describe(response.body());
        if (status == 401 || status == 403) {
            throw new SmsGatewayException("Credentials refused by the provider: " + why, false, null);
        }
        if (status / 100 == 4 && status != 408 && status != 429) {
            throw new SmsRefusedException("Refused by the provider: " + why, null);
        }
        throw new SmsGatewayException("Provider unavailable: " + why, false, null);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The provider's own words ("code", "message") when its answer says them. */
    private static String describe(String body) {
        String code = field(body, "code");
        String message = field(body, "message");
        return (code == null ? "" : " " + code) + (message == null ? "" : " " + message);
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
