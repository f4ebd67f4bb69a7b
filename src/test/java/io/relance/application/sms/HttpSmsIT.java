package io.relance.application.sms;

import io.relance.domain.tenant.Agency;
import io.relance.domain.sms.TwilioSignature;
import io.relance.it.Agencies;
import io.relance.it.Deployments;
import io.relance.it.Drain;
import io.relance.it.InTenant;
import io.relance.it.RunAsChef;
import io.relance.it.TenantSql;
import io.relance.it.Tokens;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.relance.application.sms.SmsCampaignFixture.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The anchor SMS through a Twilio-compatible HTTP API (WireMock, started by the test): the directeur
 * configures it through the API (the token is never read back), the messages leave once each with
 * the agency's credentials, a refused number fails for good with the provider's reason, signed
 * status callbacks mark a message delivered, a signed "STOP" opts the person out; unsigned, forged
 * or unknown-key callbacks change nothing, nor do signed ones played again (issue 16 §9: seen
 * before, or dated more than 3 days back by the {@code t} of the address given with the message).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HttpSmsIT {

    static final String PREFIX = "twilio-";
    static final String TWIN = "twin-";
    static final String ZOE = "+33611111111";
    static final String MARC = "+33622222222";
    static final String INES = "+33633333333";
    static final String MARC_SID = "SM22222222222222222222222222222222";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static String hookUrl;

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(HttpSmsIT.class, SmsCampaignFixture.class,
                TenantSql.class, RunAsChef.class, InTenant.class, Drain.class);
    }

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    SmsDispatch dispatch;

    @Inject
    SmsCampaignFixture fixture;

    @Test
    @Order(1)
    @RunAsClient
    void theDirecteurConfiguresAnHttpAggregatorThroughTheApi() throws Exception {
        String api = TwilioPeer.start(new String[][]{{ZOE, "SM11111111111111111111111111111111"}, {MARC, MARC_SID}}, INES);
        String slug = Agencies.slug(PREFIX.substring(0, PREFIX.length() - 1));
        String token = Tokens.accessToken(Agencies.signUp(slug, "pw-" + slug + "-1"), "pw-" + slug + "-1");

        HttpResponse<String> bad = Tokens.putJson("/api/sms/provider", token,
                "{\"kind\":\"HTTP\",\"sender\":\"AgenceTW\",\"host\":\"api.example\",\"systemId\":\"\",\"password\":\"\"}");
        assertEquals(422, bad.statusCode(), bad.body());
        for (String problem : new String[]{"sms.url.invalid", "sms.systemId.required", "sms.token.required"}) {
            assertTrue(bad.body().contains(problem), problem + " in " + bad.body());
        }

        HttpResponse<String> saved = Tokens.putJson("/api/sms/provider", token, "{\"kind\":\"HTTP\",\"sender\":\"AgenceTW\",\"host\":\""
                + api + "/\",\"systemId\":\"" + TwilioPeer.ACCOUNT + "\",\"password\":\"" + TwilioPeer.TOKEN + "\"}");
        assertEquals(200, saved.statusCode(), saved.body());
        HttpResponse<String> read = Tokens.get("/api/sms/provider", token);
        assertFalse(read.body().contains(TwilioPeer.TOKEN), "the token is never read back: " + read.body());
        assertTrue(read.body().contains("\"hasPassword\":true"), read.body());
        Matcher inbound = Pattern.compile("\"inboundUrl\"\\s*:\\s*\"([^\"]+)/inbound\"").matcher(read.body());
        assertTrue(inbound.find(), read.body());
        hookUrl = inbound.group(1);
        assertTrue(hookUrl.startsWith(Deployments.appUrl() + "/api/sms/hooks/"), hookUrl);
    }

    /** In the server: three contacts followed up, their anchor SMS due and dispatched. */
    @Test
    @Order(2)
    void theAnchorSmsLeaveThroughTheAggregator() throws Exception {
        String tenant = InTenant.call(tx, "none", () -> (String) em.createNativeQuery("SELECT id FROM agency WHERE id LIKE '"
                + PREFIX + "%' ORDER BY created_at DESC LIMIT 1").getSingleResult());
        fixture.launch(tenant, new String[][]{{"Zoé", "Alpha", ZOE}, {"Marc", "Bravo", MARC}, {"Inès", "Charlie", INES}});
        // another agency follows the same person: his STOP to this agency is not an opt-out there
        String twin = TWIN + tenant.substring(PREFIX.length());
        InTenant.call(tx, twin, () -> {
            em.persist(new Agency(twin, "Agence jumelle", "FR", "fr", Instant.now()));
            em.flush();
            return em.createNativeQuery("INSERT INTO contact (tenant_id, first_name, last_name, mobile, created_at, updated_at) "
                    + "VALUES (?1, 'Marc', 'Bravo', '" + MARC + "', NOW(3), NOW(3))").setParameter(1, twin).executeUpdate();
        });
        // the clock stays on Tuesday morning until the callbacks have landed (the sequence still runs)
        fixture.smsDue();
        dispatch.dispatch();
        dispatch.dispatch(); // the next round sends nothing again
        waitFor(() -> "SENT".equals(fixture.statusOf(ZOE)) && "SENT".equals(fixture.statusOf(MARC))
                && "FAILED".equals(fixture.statusOf(INES)), () -> fixture.text("SELECT GROUP_CONCAT(CONCAT(to_number, ' ', status, ' ', "
                + "COALESCE(last_error, ''))) FROM sms_outbox WHERE tenant_id = ?1"));
        assertEquals(MARC_SID, fixture.text("SELECT m.provider_id FROM sms_outbox m WHERE m.tenant_id = ?1 AND m.to_number = '"
                + MARC + "'"), "the provider's id is kept to match its callbacks");
        assertTrue(fixture.text("SELECT last_error FROM sms_outbox WHERE tenant_id = ?1 AND to_number = '" + INES + "'")
                .contains("21211"), "the caller sees why it failed");
    }

    @Test
    @Order(3)
    @RunAsClient
    void eachMessageLeftOnceAndSignedCallbacksComeBack() throws Exception {
        try {
            assertEquals(1, TwilioPeer.sentTo(ZOE), TwilioPeer.journal());
            assertEquals(1, TwilioPeer.sentTo(MARC), TwilioPeer.journal());
            assertEquals(1, TwilioPeer.sentTo(INES), "a refused number is not tried again: " + TwilioPeer.journal());
            assertTrue(TwilioPeer.carried(ZOE, "AgenceTW", "Bonjour Zoé, Léa de Agence twilio", hookUrl + "/status"),
                    TwilioPeer.journal());

            // the provider calls the very address it was given with the message, dated and signed
            String status = TwilioPeer.statusCallback(MARC);
            assertTrue(status.matches(Pattern.quote(hookUrl + "/status") + "\\?t=\\d+"), status);
            Map<String, String> delivered = Map.of("MessageSid", MARC_SID, "MessageStatus", "delivered", "AccountSid", TwilioPeer.ACCOUNT);
            assertEquals(403, callback(status, delivered, "forged").statusCode(), "a forged signature is refused");
            assertEquals(403, callback(status, delivered, TwilioSignature.of("another-agency-token", status,
                    delivered)).statusCode(), "another token's signature is refused");
            String unknown = hookUrl.substring(0, hookUrl.lastIndexOf('/') + 1) + "no-such-key";
            assertEquals(404, callback(unknown + "/status", delivered, signed(unknown + "/status", delivered)).statusCode());
            String key = hookUrl.substring(hookUrl.lastIndexOf('/') + 1);
            String otherCase = hookUrl.substring(0, hookUrl.lastIndexOf('/') + 1) + swapCase(key) + "/status" + status.substring(status.indexOf('?'));
            assertEquals(404, callback(otherCase, delivered, signed(otherCase, delivered)).statusCode(),
                    "the agency's key with its case changed is another key");
            assertEquals(204, callback(status, delivered, signed(status, delivered)).statusCode());
            assertEquals(409, callback(status, delivered, signed(status, delivered)).statusCode(),
                    "the same signed callback played again is refused");

            // Zoé's receipt, signed, but dated four days back, or not dated: refused, she stays SENT
            long sentAt = Long.parseLong(status.substring(status.indexOf("?t=") + 3));
            Map<String, String> zoe = Map.of("MessageSid", "SM11111111111111111111111111111111", "MessageStatus", "delivered",
                    "AccountSid", TwilioPeer.ACCOUNT);
            String old = hookUrl + "/status?t=" + (sentAt - 4 * 24 * 3600);
            assertEquals(403, callback(old, zoe, signed(old, zoe)).statusCode(), "too old to be this message's status");
            assertEquals(403, callback(hookUrl + "/status", zoe, signed(hookUrl + "/status", zoe)).statusCode(), "not dated");

            Map<String, String> early = Map.of("MessageSid", "SM-not-committed-yet", "MessageStatus", "delivered",
                    "AccountSid", TwilioPeer.ACCOUNT);
            HttpResponse<String> notYet = callback(status, early, signed(status, early));
            assertEquals(503, notYet.statusCode(), "a receipt before its message's commit: the aggregator calls again");
            assertEquals("5", notYet.headers().firstValue("Retry-After").orElse(""));
            assertEquals(503, callback(status, early, signed(status, early)).statusCode(),
                    "and its second call is not taken for a replay: the first was not taken");

            Map<String, String> stop = Map.of("From", MARC, "To", "AgenceTW", "Body", "STOP", "MessageSid", "SM99");
            HttpResponse<String> answer = callback(hookUrl + "/inbound", stop, signed(hookUrl + "/inbound", stop));
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("<Response/>"), answer.body());
            assertEquals(409, callback(hookUrl + "/inbound", stop, signed(hookUrl + "/inbound", stop)).statusCode(),
                    "a reply played again is refused (and not kept twice)");
        } finally {
            TwilioPeer.stop();
        }
    }

    @Test
    @Order(4)
    void theReceiptAndTheStopLanded() throws Exception {
        String tenant = InTenant.call(tx, "none", () -> (String) em.createNativeQuery("SELECT id FROM agency WHERE id LIKE '"
                + PREFIX + "%' ORDER BY created_at DESC LIMIT 1").getSingleResult());
        SmsCampaignFixture f = fixture;
        try {
            f.use(tenant);
            assertEquals("DELIVERED", f.statusOf(MARC));
            assertEquals("SENT", f.statusOf(ZOE), "no callback for Zoé taken: the old and the undated ones were refused");
            assertEquals(1L, f.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND opted_out = TRUE AND mobile = '" + MARC + "'"),
                    "STOP opted Marc out");
            assertEquals(1L, f.count("SELECT COUNT(*) FROM sms_reply WHERE tenant_id = ?1 AND stop = TRUE AND from_number = '" + MARC + "'"),
                    "his STOP is kept once, though it came twice");
            assertEquals("CLOSED_CANCELLED", f.text("SELECT e.status FROM enrolment e JOIN contact c ON c.id = e.contact_id "
                    + "WHERE e.tenant_id = ?1 AND c.mobile = '" + MARC + "'"), "and ended his sequence");
            f.use(TWIN + tenant.substring(PREFIX.length()));
            assertEquals(0L, f.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND opted_out = TRUE"),
                    "the same person in another agency is not opted out by this agency's STOP");
            assertEquals(0L, f.count("SELECT COUNT(*) FROM sms_reply WHERE tenant_id = ?1"), "nor does the reply show there");
        } finally {
            f.clockBack();
        }
    }

    private static String swapCase(String text) {
        StringBuilder swapped = new StringBuilder();
        text.chars().forEach(c -> swapped.append((char) (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c))));
        return swapped.toString();
    }

    private static String signed(String url, Map<String, String> params) {
        return TwilioSignature.of(TwilioPeer.TOKEN, url, params);
    }

    /** A callback as the provider makes it: form-encoded, its signature in X-Twilio-Signature. */
    private static HttpResponse<String> callback(String url, Map<String, String> params, String signature) throws Exception {
        String form = new TreeMap<>(params).entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", signature).POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
