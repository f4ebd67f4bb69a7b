package io.relance.it;

import org.jsoup.Jsoup;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A page opened with a bearer token (no Keycloak login page, so it works whatever the ports), its
 * session kept, to post the ajax requests the page's script would post: a row's button, a menu's
 * change. Checks what a page's actions do without a browser.
 */
public final class FacesPage {

    private static final Pattern NONCE = Pattern.compile("(?:PrimeFaces\\.csp\\.init\\('|nonce=\")([^'\"]+)");
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
    private final String token;
    private final String url;
    private final String viewState;
    /** The page's CSP nonce: PrimeFaces' script sends it with each AJAX request, and a command such as a remoteCommand is refused without it. */
    private final String nonce;

    public FacesPage(String token, String path) throws Exception {
        this.token = token;
        this.url = Deployments.appUrl() + path;
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        viewState = Jsoup.parse(page.body()).select("input[name=jakarta.faces.ViewState]").val();
        assertFalse(viewState.isEmpty(), page.body());
        Matcher m = NONCE.matcher(page.body());
        nonce = m.find() ? m.group(1) : null;
    }

    /**
     * Posts {@code source} of form {@code form} (executing it alone, rendering {@code render}) with
     * the given values; {@code event} is the behaviour's event ("valueChange" for a menu), null for a
     * button. Answers the partial response.
     */
    public String ajax(String form, String source, String event, String render, Map<String, String> values) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", source);
        fields.put("jakarta.faces.partial.render", render);
        if (event != null) {
            fields.put("jakarta.faces.behavior.event", event);
            fields.put("jakarta.faces.partial.event", "change");
        }
        fields.put(form, form);
        fields.putAll(values);
        fields.put("jakarta.faces.ViewState", viewState);
        if (nonce != null) {
            fields.put("primefaces.nonce", nonce);
        }
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Faces-Request", "partial/ajax").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }
}
