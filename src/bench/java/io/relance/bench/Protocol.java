package io.relance.bench;

import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.http.HttpDsl.http;

/** What every virtual user's browser looks like: French, HTML first, its own cookies. */
final class Protocol {

    private Protocol() {
    }

    static HttpProtocolBuilder of(LoadPlan plan) {
        return http.baseUrl(plan.appUrl())
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("fr-FR,fr;q=0.9").acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("Relance load test (Gatling)")
                // the pages' own CSS/JS are cached by a browser after the first page: not fetched here
                .disableCaching();
    }
}
