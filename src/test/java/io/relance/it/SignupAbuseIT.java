package io.relance.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What someone who signs up in a minute could try on the public pages: list who has an account or
 * which agency ids exist through the sign-up's answers, take a reserved id, forge email headers with
 * the agency's name, and hammer the sign-up and the public pages. Each test speaks from a client
 * network of its own (X-Forwarded-For, which the test stack trusts as a proxy in front would be),
 * so that it neither eats nor depends on the budget of the other tests, which come from 127.0.0.1.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignupAbuseIT {

    private static final String PASSWORD = "Abus2026pass";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void aTakenIdOrAddressGetsExactlyTheAnswerOfAFreshOneAndTheOwnerIsToldByEmail() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getenv("SMTP_PORT")), "127.0.0.1", "smtp"));
        smtp.start();
        try {
            String slug = Agencies.slug("abus");
            String fresh = "dir@" + slug + ".fr";
            String other = "autre@" + slug + ".fr";
            String taken = "chef@agence-demo.fr"; // a demo account: the address exists

            HttpResponse<String> created = signUp(network(1), "Agence Libre", slug, fresh);
            HttpResponse<String> slugTaken = signUp(network(1), "Agence Copie", slug, other);
            HttpResponse<String> emailTaken = signUp(network(1), "Agence Homonyme", Agencies.slug("abus"), taken);

            assertEquals(200, created.statusCode());
            assertTrue(WebSession.text(created).contains("Demande reçue"), WebSession.text(created));
            for (HttpResponse<String> same : List.of(slugTaken, emailTaken)) {
                assertEquals(created.statusCode(), same.statusCode());
                assertEquals(WebSession.text(created), WebSession.text(same), "nothing tells a taken id or address apart");
            }
            assertTrue(Tokens.accessToken(fresh, PASSWORD).length() > 20, "the fresh sign-up did create the agency");

            MimeMessage idTaken = awaitMail(smtp, other);
            assertEquals("Inscription sur Relance : identifiant déjà pris", idTaken.getSubject());
            assertTrue(text(idTaken).contains("« " + slug + " »"), text(idTaken));
            MimeMessage accountExists = awaitMail(smtp, taken);
            assertEquals("Inscription sur Relance : vous avez déjà un compte", accountExists.getSubject());
            assertTrue(to(smtp, fresh).isEmpty(), "a sign-up that worked has nothing to explain");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void reservedIdsAndAgencyNamesWithLineBreaksAreRefusedWithAClearMessage() throws Exception {
        for (String reserved : List.of("admin", "api", "support", "keycloak", "agence-demo")) {
            String page = WebSession.text(signUp(network(2), "Agence", reserved, "dir@" + UUID.randomUUID() + ".fr"));
            assertTrue(page.contains("Cet identifiant est réservé"), reserved + ": " + page);
            assertFalse(page.contains("Demande reçue"), reserved);
        }
        String slug = Agencies.slug("crlf");
        String page = WebSession.text(signUp(network(2), "Agence\r\nBcc: victime@example.org", slug, "dir@" + slug + ".fr"));
        assertTrue(page.contains("ne peut pas contenir de retour à la ligne"), page);
        assertFalse(page.contains("Demande reçue"), page);
    }

    @Test
    void signUpsOverTheLimitPerAddressOrPerNetworkGet429AndAMessage() throws Exception {
        // per address: the same email from one network, a weak password each time (nothing is created)
        int perAddress = Integer.parseInt(System.getProperty("relance.signup.per-address"));
        WebSession one = new WebSession().with("X-Forwarded-For", network(3));
        HttpResponse<String> page = one.get(appUrl() + "/signup.xhtml");
        Map<String, String> sameAddress = form("Agence", Agencies.slug("lim"), "cible@exemple.fr", "court");
        for (int i = 0; i < perAddress; i++) {
            page = one.submit(page, "signup", "signup:submit", sameAddress);
            assertEquals(200, page.statusCode(), "try " + (i + 1));
            assertTrue(WebSession.text(page).contains("Mot de passe trop faible"));
        }
        page = one.submit(page, "signup", "signup:submit", sameAddress);
        assertEquals(429, page.statusCode());
        assertTrue(Long.parseLong(page.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertTrue(WebSession.text(page).contains("Trop de demandes en peu de temps. Réessayez dans"), WebSession.text(page));
        assertFalse(WebSession.text(page).contains("Mot de passe trop faible"), "nothing was tried");

        // per network: empty forms (no address) until the network's budget is spent
        int perNetwork = Integer.parseInt(System.getProperty("relance.signup.per-network"));
        WebSession busy = new WebSession().with("X-Forwarded-For", network(4));
        page = busy.submit(busy.get(appUrl() + "/signup.xhtml"), "lang", "lang:en", Map.of()); // in English, this time
        for (int i = 0; i < perNetwork; i++) {
            page = busy.submit(page, "signup", "signup:submit", Map.of());
            assertEquals(200, page.statusCode(), "try " + (i + 1));
        }
        page = busy.submit(page, "signup", "signup:submit", Map.of());
        assertEquals(429, page.statusCode());
        assertNotNull(page.headers().firstValue("Retry-After").orElse(null));
        assertTrue(WebSession.text(page).contains("Too many requests in a short time. Try again in"), WebSession.text(page));

        // another network is not held back by that one
        WebSession neighbour = new WebSession().with("X-Forwarded-For", network(5));
        HttpResponse<String> fine = neighbour.submit(neighbour.get(appUrl() + "/signup.xhtml"), "signup", "signup:submit", Map.of());
        assertEquals(200, fine.statusCode());
        assertTrue(WebSession.text(fine).contains("Ce champ est obligatoire"));
    }

    @Test
    void thePublicPagesAnswer429OverTheirLimitPerNetwork() throws Exception {
        List<String> paths = List.of("/unsubscribe?t=devine", "/preferences?t=devine", "/api/share/devine", "/partage.xhtml?t=devine");
        for (String path : paths) {
            int n = paths.indexOf(path);
            WebSession guesser = new WebSession().with("X-Forwarded-For", network(10 + n)).with("Accept-Language", "fr");
            HttpResponse<String> answer = null;
            int tries = 0;
            while (tries++ < 1000) {
                answer = guesser.get(appUrl() + path);
                if (answer.statusCode() == 429) {
                    break;
                }
                assertTrue(answer.statusCode() == 404 || answer.statusCode() == 410, path + ": " + answer.statusCode());
            }
            assertEquals(429, answer.statusCode(), path + " is limited");
            assertTrue(Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow()) > 0, path);
            assertTrue(answer.body().contains("Réessayez dans"), path + ": " + answer.body());
            // the same page from another network still answers
            int other = new WebSession().with("X-Forwarded-For", network(20 + n)).get(appUrl() + path).statusCode();
            assertTrue(other == 404 || other == 410, path + ": " + other);
        }
    }

    private static HttpResponse<String> signUp(String network, String agencyName, String slug, String email) throws Exception {
        WebSession browser = new WebSession().with("X-Forwarded-For", network);
        return browser.submit(browser.get(appUrl() + "/signup.xhtml"), "signup", "signup:submit",
                form(agencyName, slug, email, PASSWORD));
    }

    private static Map<String, String> form(String agencyName, String slug, String email, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signup:agencyName", agencyName);
        form.put("signup:slug", slug);
        form.put("signup:firstName", "Dana");
        form.put("signup:lastName", "Vidal");
        form.put("signup:email", email);
        form.put("signup:password", password);
        return form;
    }

    /** A client network of this run's own (TEST-NET-2 with a random part), one per use. */
    private static String network(int n) {
        return "198.51." + (RUN % 200) + "." + n;
    }

    private static final int RUN = Math.abs(UUID.randomUUID().hashCode());

    /** The sign-up's email to that address (the demo agency's own emails may reach its staff meanwhile). */
    private static MimeMessage awaitMail(GreenMail smtp, String address) throws Exception {
        long until = System.currentTimeMillis() + 40_000; // the outbox is polled every 5 s
        while (System.currentTimeMillis() < until) {
            List<MimeMessage> mine = to(smtp, address).stream().filter(m -> {
                try {
                    return m.getSubject().startsWith("Inscription sur Relance");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            if (!mine.isEmpty()) {
                assertEquals(1, mine.size(), address);
                return mine.get(0);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no email to " + address);
    }

    private static List<MimeMessage> to(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String text(MimeMessage m) throws Exception {
        return (String) ((MimeMultipart) m.getContent()).getBodyPart(0).getContent();
    }
}
