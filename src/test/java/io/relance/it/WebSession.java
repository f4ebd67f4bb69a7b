package io.relance.it;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript: cookies, redirects, and HTML forms (Keycloak's login page, JSF
 * forms posted with ajax off). Enough to follow the real OIDC login flow end to end.
 */
public final class WebSession {

    private final LocalhostCookies cookies = new LocalhostCookies();

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.ALWAYS)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** Headers sent with every request (e.g. X-Forwarded-For, as a trusted proxy in front would add it). */
    private final Map<String, String> headers = new LinkedHashMap<>();

    /** The value of a cookie this session holds (e.g. the load balancer's RELANCE_NODE), if any. */
    public java.util.Optional<String> cookie(String name) {
        return cookies.cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(java.net.HttpCookie::getValue).findFirst();
    }

    /** Every request from now on carries this header. */
    public WebSession with(String header, String value) {
        headers.put(header, value);
        return this;
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        headers.forEach(b::header);
        return b;
    }

    public HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(request(url).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(request(url)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens a protected URL and logs in on Keycloak's page; returns the page the app finally shows. */
    public HttpResponse<String> login(String protectedUrl, String username, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> loginPage = get(protectedUrl);
        Element form = Jsoup.parse(loginPage.body(), loginPage.uri().toString()).getElementById("kc-form-login");
        if (form == null) {
            throw new AssertionError("Expected Keycloak's login page at " + loginPage.uri() + ", got:\n" + loginPage.body());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("password", password);
        fields.put("credentialId", "");
        return post(form.absUrl("action"), fields);
    }

    /** Submits a form of the page: its inputs as rendered, overridden by the given values, plus the button. */
    public HttpResponse<String> submit(HttpResponse<String> page, String formId, String button, Map<String, String> values)
            throws IOException, InterruptedException {
        Document doc = Jsoup.parse(page.body(), page.uri().toString());
        Element form = doc.getElementById(formId);
        if (form == null) {
            throw new AssertionError("No form " + formId + " in " + page.uri());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if (!type.equals("submit") && !type.equals("button") && !type.equals("checkbox")) {
                fields.put(input.attr("name"), input.val());
            }
        }
        nonce(page).ifPresent(nonce -> fields.put("primefaces.nonce", nonce));
        fields.putAll(values);
        fields.put(button, "");
        return post(form.absUrl("action"), fields);
    }

    /**
     * In a browser, PrimeFaces' script adds the page's CSP nonce to every form it posts, and the
     * server refuses a postback without it: do the same. The nonce is the one of the page's policy.
     */
    static java.util.Optional<String> nonce(HttpResponse<String> page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("'nonce-([^']+)'")
                .matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    /**
     * Keycloak marks its cookies Secure; browsers send those to http://localhost (a secure
     * context), Java's CookieManager does not. Drop the flag, as a browser would here.
     */
    private static final class LocalhostCookies extends CookieHandler {
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return cookies.get(uri, requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            Map<String, List<String>> insecure = new LinkedHashMap<>();
            responseHeaders.forEach((name, values) -> insecure.put(name, name != null && name.toLowerCase().startsWith("set-cookie")
                    ? values.stream().map(v -> v.replaceAll("(?i);\\s*secure", "")).toList() : values));
            cookies.put(uri, insecure);
        }
    }

    public static String text(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).text();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
