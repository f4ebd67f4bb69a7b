package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of response carries the security headers: a page cannot be framed (clickjacking), a
 * response is never sniffed into another type, no address leaves in a Referer (none at all from the
 * pages whose address holds a token), and a Faces page runs only the scripts that carry its nonce:
 * PrimeFaces moved every inline handler into them, so an injected script or handler would not run.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final HttpClient NO_REDIRECTS = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void aFacesPageRunsOnlyItsNonceScriptsAndCannotBeFramed() throws Exception {
        WebSession browser = new WebSession();
        HttpResponse<String> list = browser.login(appUrl() + "/app/contacts/list.xhtml", "directeur@agence-demo.fr", RoleAccessIT.PASSWORD);
        assertEquals(200, list.statusCode());
        assertTrue(list.uri().toString().endsWith("/app/contacts/list.xhtml"), list.uri().toString());
        assertHardened(list, "same-origin");
        assertOnlyNonceScripts(list);

        // the servlets: home (a redirect to the role's page) and logout (a redirect to Keycloak)
        HttpResponse<String> home = browser.get(appUrl() + "/app/home");
        assertHardened(hop(home, appUrl() + "/app/home"), "same-origin");
        assertOnlyNonceScripts(home);
        HttpResponse<String> loggedOut = browser.post(appUrl() + "/logout", java.util.Map.of());
        assertHardened(hop(loggedOut, appUrl() + "/logout"), "same-origin");
    }

    @Test
    void theLoginRedirectAndTheErrorPagesToo() throws Exception {
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(appUrl() + "/app/contacts/list.xhtml")));
        assertEquals(302, login.statusCode());
        assertTrue(login.headers().firstValue("Location").orElse("").startsWith(Deployments.keycloakUrl()), "to Keycloak's login");
        assertHardened(login, "same-origin");

        HttpResponse<String> missing = new WebSession().get(appUrl() + "/nothing-here.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("error-404"), missing.body());
        assertHardened(missing, "same-origin");
        assertOnlyNonceScripts(missing);

        WebSession stagiaire = new WebSession();
        stagiaire.login(appUrl() + "/app/journee/today.xhtml", "stagiaire@agence-demo.fr", RoleAccessIT.PASSWORD);
        HttpResponse<String> refused = stagiaire.get(appUrl() + "/app/agence/team.xhtml");
        assertEquals(403, refused.statusCode());
        assertHardened(refused, "same-origin");
    }

    @Test
    void thePagesWithATokenInTheirAddressSendNoReferrer() throws Exception {
        HttpResponse<String> unsubscribe = new WebSession().get(appUrl() + "/unsubscribe?t=no-such-token");
        assertEquals(404, unsubscribe.statusCode());
        assertHardened(unsubscribe, "no-referrer");
        assertOnlyNonceScripts(unsubscribe);

        HttpResponse<String> preferences = new WebSession().get(appUrl() + "/preferences");
        assertEquals(200, preferences.statusCode());
        assertHardened(preferences, "no-referrer");
        assertOnlyNonceScripts(preferences);

        String chef = Tokens.accessToken("chef@agence-demo.fr", RoleAccessIT.PASSWORD);
        HttpResponse<String> created = Tokens.postJson("/api/campaigns/" + Agencies.demoFestival() + "/share-links", chef,
                "{\"expiresOn\":\"" + LocalDate.now().plusDays(7) + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        String url = created.body().replaceAll("(?s).*\"url\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        String token = url.substring(url.indexOf("t=") + 2);
        HttpResponse<String> shared = new WebSession().get(appUrl() + "/partage.xhtml?t=" + token);
        assertEquals(200, shared.statusCode());
        assertTrue(shared.body().contains("Festival Jazz en Seine"), shared.body());
        assertHardened(shared, "no-referrer");
        assertOnlyNonceScripts(shared);

        String unknown = (token.charAt(0) == 'x' ? "y" : "x") + token.substring(1); // one character off (a token may start with x)
        HttpResponse<String> unknownShare = new WebSession().get(appUrl() + "/partage.xhtml?t=" + unknown);
        assertEquals(404, unknownShare.statusCode());
        assertHardened(unknownShare, "no-referrer"); // the error page still sits at the token's address

        HttpResponse<String> sharedJson = new WebSession().get(appUrl() + "/api/share/" + token);
        assertEquals(200, sharedJson.statusCode());
        assertHardened(sharedJson, "no-referrer");
    }

    @Test
    void theApiAnswersWithNothingToRunOrFrame() throws Exception {
        String token = Tokens.accessToken("directeur@agence-demo.fr", RoleAccessIT.PASSWORD);
        HttpResponse<String> me = Tokens.get("/api/me", token);
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertHardened(me, "same-origin");
        assertEquals("default-src 'none'; frame-ancestors 'none'", me.headers().firstValue("Content-Security-Policy").orElseThrow());
        HttpResponse<String> notFound = Tokens.get("/api/campaigns/999999999", token);
        assertEquals(404, notFound.statusCode());
        assertHardened(notFound, "same-origin");
        HttpResponse<String> noToken = send(HttpRequest.newBuilder(URI.create(appUrl() + "/api/me")));
        assertEquals(401, noToken.statusCode(), "refused before any filter (ApiGate)");
        assertHardened(noToken, "same-origin");
    }

    @Test
    void strictTransportSecurityOnlyOverHttps() throws Exception {
        HttpResponse<String> plain = send(HttpRequest.newBuilder(URI.create(appUrl() + "/")));
        assertEquals(200, plain.statusCode());
        assertHardened(plain, "same-origin");
        HttpResponse<String> proxied = send(HttpRequest.newBuilder(URI.create(appUrl() + "/")).header("X-Forwarded-Proto", "https"));
        assertEquals("max-age=31536000", proxied.headers().firstValue("Strict-Transport-Security").orElse(null),
                "behind a proxy that ended TLS");
        String plainCookie = send(HttpRequest.newBuilder(URI.create(appUrl() + "/signup.xhtml"))).headers()
                .firstValue("Set-Cookie").orElseThrow();
        String secureCookie = send(HttpRequest.newBuilder(URI.create(appUrl() + "/signup.xhtml")).header("X-Forwarded-Proto", "https"))
                .headers().firstValue("Set-Cookie").orElseThrow();
        assertFalse(plainCookie.toLowerCase(java.util.Locale.ROOT).contains("secure"), plainCookie);
        assertTrue(secureCookie.toLowerCase(java.util.Locale.ROOT).contains("; secure") && secureCookie.contains("SameSite=Lax"),
                "the session cookie over HTTPS: " + secureCookie);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return NO_REDIRECTS.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The response of {@code url} among the redirects that led to {@code last}. */
    private static HttpResponse<String> hop(HttpResponse<String> last, String url) {
        for (Optional<HttpResponse<String>> r = Optional.of(last); r.isPresent(); r = r.get().previousResponse()) {
            if (r.get().uri().toString().equals(url)) {
                return r.get();
            }
        }
        throw new AssertionError("No response of " + url + " before " + last.uri());
    }

    /** One policy (a browser would enforce two at once), no framing, no sniffing, the referrer policy; no HSTS over HTTP. */
    static void assertHardened(HttpResponse<?> response, String referrer) {
        String where = response.request().method() + " " + response.uri() + " (" + response.statusCode() + ")";
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), where + ": " + policies);
        assertTrue(policies.get(0).contains("frame-ancestors 'none'"), where + ": " + policies);
        assertFalse(policies.get(0).contains("unsafe-eval"), where + ": " + policies);
        assertFalse(policies.get(0).replaceAll(".*script-src", "").contains("unsafe-inline"), where + ": scripts " + policies);
        assertEquals(List.of("DENY"), response.headers().allValues("X-Frame-Options"), where);
        assertEquals(List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"), where);
        assertEquals(List.of(referrer), response.headers().allValues("Referrer-Policy"), where);
        assertEquals(Optional.empty(), response.headers().firstValue("Strict-Transport-Security"), where + ": plain HTTP");
    }

    /**
     * Every inline script carries the nonce of the page's policy, and no element has an inline
     * handler or a javascript: link, which the policy would block (a button that does nothing).
     */
    static void assertOnlyNonceScripts(HttpResponse<String> page) {
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = NONCE.matcher(policy);
        Document doc = Jsoup.parse(page.body());
        List<Element> inline = doc.select("script:not([src])");
        if (!inline.isEmpty()) {
            assertTrue(nonce.find(), page.uri() + " has inline scripts but its policy no nonce: " + policy);
            for (Element script : inline) {
                assertEquals(nonce.group(1), script.attr("nonce"), page.uri() + ": a script without the nonce: " + script);
            }
        }
        for (Element element : doc.getAllElements()) {
            for (Attribute a : element.attributes()) {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), page.uri() + ": an inline handler " + element);
                assertFalse(a.getValue().strip().toLowerCase().startsWith("javascript:"), page.uri() + ": " + element);
            }
        }
    }
}
