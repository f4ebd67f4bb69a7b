package io.relance.application.sms;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A Twilio-compatible SMS API for tests (WireMock, in the test's JVM, over real HTTP): it accepts
 * messages for the agency's account and token only, gives each known number its message id, and
 * refuses one number as Twilio refuses an invalid one (HTTP 400, code 21211).
 */
final class TwilioPeer {

    static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    static final String TOKEN = "tw-token-1";
    static final String PATH = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";

    private static WireMockServer server;

    private TwilioPeer() {
    }

    /** Starts the peer; {@code accepted}: {number, message id} pairs; {@code refused}: a number it refuses. */
    static String start(String[][] accepted, String refused) {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        for (String[] a : accepted) {
            server.stubFor(post(urlEqualTo(PATH)).withBasicAuth(ACCOUNT, TOKEN).withFormParam("To", equalTo(a[0]))
                    .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                            .withBody("{\"sid\":\"" + a[1] + "\",\"status\":\"queued\",\"to\":\"" + a[0] + "\"}")));
        }
        server.stubFor(post(urlEqualTo(PATH)).withBasicAuth(ACCOUNT, TOKEN).withFormParam("To", equalTo(refused))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":21211,\"message\":\"The 'To' number " + refused + " is not a valid phone number.\","
                                + "\"status\":400}")));
        return server.baseUrl();
    }

    /** How many messages to this number reached the API with the account's credentials. */
    static int sentTo(String number) {
        return server.countRequestsMatching(messagesTo(number).build()).getCount();
    }

    /**
     * Whether one message to this number carried exactly these sender, text start and callback (the
     * agency's status address, dated with the moment it left: {@code ?t=} seconds).
     */
    static boolean carried(String number, String from, String bodyStart, String statusUrl) {
        RequestPatternBuilder p = messagesTo(number).withFormParam("From", equalTo(from))
                .withFormParam("Body", containing(bodyStart))
                .withFormParam("StatusCallback", matching(Pattern.quote(statusUrl) + "\\?t=\\d+"));
        return server.countRequestsMatching(p.build()).getCount() == 1;
    }

    /** The status callback address given with the message to this number, as the provider will call it. */
    static String statusCallback(String number) {
        return server.getAllServeEvents().stream().filter(e -> number.equals(e.getRequest().formParameter("To").firstValue()))
                .map(e -> e.getRequest().formParameter("StatusCallback").firstValue()).findFirst().orElseThrow();
    }

    /** Every request the peer received, for failure messages. */
    static String journal() {
        return server.getAllServeEvents().stream().map(e -> e.getRequest().getBodyAsString()).toList().toString();
    }

    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static RequestPatternBuilder messagesTo(String number) {
        return postRequestedFor(urlEqualTo(PATH)).withBasicAuth(new BasicCredentials(ACCOUNT, TOKEN))
                .withFormParam("To", equalTo(number));
    }
}
