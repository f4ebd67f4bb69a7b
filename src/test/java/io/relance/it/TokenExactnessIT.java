package io.relance.it;

import io.relance.application.common.RandomTokens;
import io.relance.domain.tenant.Agency;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16 §9: the secrets carried by public links open their page only when given exactly. The
 * tables' collation compared without case, so a share link or an unsubscribe link whose token had
 * its case changed opened the same page (another key, as far as its holder knows). The SMS hook
 * key is HttpSmsIT's. In the server, with the app's own HTTP port.
 */
@ExtendWith(ArquillianExtension.class)
class TokenExactnessIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(TokenExactnessIT.class, InTenant.class);
    }

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Test
    void aTokenWithItsCaseChangedOpensNothing() throws Exception {
        String tenant = "exact-" + UUID.randomUUID().toString().substring(0, 8);
        String share = withLetters(RandomTokens.next());
        String unsubscribe = withLetters(RandomTokens.next());
        InTenant.call(tx, tenant, () -> {
            em.persist(new Agency(tenant, "Agence Exacte", "FR", "fr", Instant.now()));
            em.flush();
            em.createNativeQuery("INSERT INTO client (tenant_id, name, created_at) VALUES (?1, 'Client E', NOW(3))")
                    .setParameter(1, tenant).executeUpdate();
            em.createNativeQuery("INSERT INTO campaign (tenant_id, client_id, kind, subject, send_date, status, created_by, "
                    + "created_at) SELECT ?1, id, 'PRESS_RELEASE', 'Exacte', CURRENT_DATE, 'RUNNING', 'e@e.fr', NOW(3) "
                    + "FROM client WHERE tenant_id = ?1").setParameter(1, tenant).executeUpdate();
            em.createNativeQuery("INSERT INTO contact (tenant_id, first_name, last_name, email, created_at, updated_at) "
                    + "VALUES (?1, 'Eve', 'Exacte', 'eve@e.fr', NOW(3), NOW(3))").setParameter(1, tenant).executeUpdate();
            em.createNativeQuery("INSERT INTO share_link (tenant_id, campaign_id, token, expires_on, opens, created_at) "
                    + "SELECT ?1, id, ?2, CURRENT_DATE + INTERVAL 30 DAY, 0, NOW(3) FROM campaign WHERE tenant_id = ?1")
                    .setParameter(1, tenant).setParameter(2, share).executeUpdate();
            em.createNativeQuery("INSERT INTO mail_outbox (tenant_id, campaign_id, contact_id, kind, idempotency_key, to_email, "
                    + "subject, body_text, unsubscribe_token, status, due_at, created_at) SELECT ?1, k.id, c.id, 'RELEASE', 'E', "
                    + "'eve@e.fr', 'Exacte', 'Texte', ?2, 'OUTBOX', NOW(3), NOW(3) FROM campaign k JOIN contact c "
                    + "ON c.tenant_id = k.tenant_id WHERE k.tenant_id = ?1").setParameter(1, tenant).setParameter(2, unsubscribe)
                    .executeUpdate();
            return null;
        });

        assertEquals(200, get("/api/share/" + share).statusCode(), "the link as given opens the client page");
        assertEquals(404, get("/api/share/" + swapCase(share)).statusCode(), "its case changed, it is another link");
        assertEquals(404, get("/api/share/" + share.toUpperCase()).statusCode());

        HttpResponse<String> asked = get("/unsubscribe?t=" + unsubscribe);
        assertEquals(200, asked.statusCode());
        assertTrue(asked.body().contains("Agence Exacte"), asked.body());
        assertEquals(404, get("/unsubscribe?t=" + swapCase(unsubscribe)).statusCode(), "another token: nothing to unsubscribe");
        assertEquals(404, post("/unsubscribe?t=" + swapCase(unsubscribe)).statusCode(), "and nobody is opted out by it");
        assertEquals(0L, InTenant.call(tx, tenant, () -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM contact "
                + "WHERE tenant_id = ?1 AND opted_out = TRUE").setParameter(1, tenant).getSingleResult()).longValue()),
                "Eve is still subscribed");
    }

    /** A random token made sure to have letters, so that changing their case changes it. */
    private static String withLetters(String token) {
        String t = "Ab" + token.substring(2);
        assertNotEquals(t, swapCase(t));
        return t;
    }

    private static String swapCase(String text) {
        StringBuilder swapped = new StringBuilder();
        text.chars().forEach(c -> swapped.append((char) (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c))));
        return swapped.toString();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept-Language", "fr-FR")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                        "List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String base() {
        return "http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
    }
}
