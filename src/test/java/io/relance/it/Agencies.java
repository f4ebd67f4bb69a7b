package io.relance.it;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** New agencies for tests, signed up through the real form, and small JSON readings. */
public final class Agencies {

    private static final Pattern ID = Pattern.compile("\"(?:memberId|id)\"\\s*:\\s*(\\d+)");

    private Agencies() {
    }

    /** Signs up agency {@code slug}; answers its directeur's email (password as given). */
    public static String signUp(String slug, String password) throws Exception {
        WebSession browser = new WebSession();
        String email = "dir@" + slug + ".fr";
        HttpResponse<String> done = browser.submit(browser.get(appUrl() + "/signup.xhtml"), "signup", "signup:submit", Map.of(
                "signup:agencyName", "Agence " + slug, "signup:slug", slug, "signup:firstName", "Dana",
                "signup:lastName", "Vidal", "signup:email", email, "signup:password", password));
        assertTrue(WebSession.text(done).contains("Demande reçue"), WebSession.text(done));
        return email;
    }

    /** The demo agency's finished festival campaign (the DONE one), as its chef sees it. */
    public static long demoFestival() throws Exception {
        String done = Tokens.get("/api/campaigns?status=DONE", Tokens.accessToken("chef@agence-demo.fr", RoleAccessIT.PASSWORD)).body();
        return id(done.substring(done.indexOf("\"rows\"")));
    }

    /** A fresh slug with a readable prefix. */
    public static String slug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    /** The first "id" (or "memberId") number of a JSON text. */
    public static long id(String json) {
        Matcher m = ID.matcher(json);
        assertTrue(m.find(), json);
        return Long.parseLong(m.group(1));
    }

    /** The number of a JSON field, e.g. {@code "total": 12}. */
    public static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        assertTrue(m.find(), field + " in " + json);
        return Long.parseLong(m.group(1));
    }
}
