package io.relance.it;

import jakarta.annotation.Resource;
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

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16 §4, what an agency's directeur (anyone who signs up) could do with the SMS settings:
 * aim them at our own network. Internal addresses not on the installation's allow-list are refused
 * on save with a clear message; the test endpoint says whether the provider was reached and how it
 * answered, never what it answered; settings already pointing inside (saved before the check, or a
 * name re-pointed since) are refused when connecting. The test stack allows only this machine
 * (RELANCE_SMS_ALLOWED_HOSTS, pom.xml), where its SMS doubles listen: the policy itself, with no
 * allow-list, is TargetPolicyTest's and SmsTargetsTest's.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SsrfIT {

    static final String PREFIX = "ssrf";
    static final String SECRET = "AKIAINTERNALSECRET";
    static String token;

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(SsrfIT.class, InTenant.class);
    }

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Test
    @Order(1)
    @RunAsClient
    void internalAddressesAreRefusedOnSave() throws Exception {
        String slug = Agencies.slug(PREFIX);
        token = Tokens.accessToken(Agencies.signUp(slug, "pw-" + slug + "-1"), "pw-" + slug + "-1");
        for (String url : new String[]{"http://169.254.169.254", "http://169.254.169.254/latest/meta-data", "http://10.0.0.7:8080",
                "https://192.168.1.1", "http://[fd00::1]", "http://[::ffff:10.0.0.1]", "http://100.64.0.1"}) {
            HttpResponse<String> refused = Tokens.putJson("/api/sms/provider", token, "{\"kind\":\"HTTP\",\"sender\":\"AgenceSR\","
                    + "\"host\":\"" + url + "\",\"systemId\":\"AC1\",\"password\":\"tok\"}");
            assertEquals(422, refused.statusCode(), url + ": " + refused.body());
            assertTrue(refused.body().contains("\"sms.target.internal\"") && refused.body().contains("\"host\""), refused.body());
        }
        for (String host : new String[]{"10.1.2.3", "192.168.0.10", "172.20.0.5", "169.254.169.254", "fe80::1"}) {
            HttpResponse<String> refused = Tokens.putJson("/api/sms/provider", token, "{\"kind\":\"SMPP\",\"sender\":\"AgenceSR\","
                    + "\"host\":\"" + host + "\",\"port\":2775,\"systemId\":\"agence\",\"password\":\"pw\"}");
            assertEquals(422, refused.statusCode(), host + ": " + refused.body());
            assertTrue(refused.body().contains("\"sms.target.internal\""), refused.body());
        }
        assertTrue(Tokens.get("/api/sms/provider", token).body().contains("\"kind\":\"OUTBOX\""), "nothing was saved");
    }

    @Test
    @Order(2)
    @RunAsClient
    void theTestEndpointNeverEchoesWhatAServerAnswered() throws Exception {
        String internal = InternalServer.start();
        try {
            HttpResponse<String> saved = Tokens.putJson("/api/sms/provider", token, "{\"kind\":\"HTTP\",\"sender\":\"AgenceSR\","
                    + "\"host\":\"" + internal + "\",\"systemId\":\"AC1\",\"password\":\"tok\"}");
            assertEquals(200, saved.statusCode(), "this machine is on the test stack's allow-list: " + saved.body());

            InternalServer.answer(400, "{\"code\":\"" + SECRET + "\",\"message\":\"secret " + SECRET + "\",\"sid\":\"" + SECRET + "\"}");
            HttpResponse<String> refused = Tokens.postJson("/api/sms/provider/test", token, "{\"to\":\"06 12 34 56 78\"}");
            assertEquals(502, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("\"sms.test.refused\"") && refused.body().contains("400"), refused.body());
            assertFalse(refused.body().contains(SECRET), "the server's answer is not shown: " + refused.body());

            InternalServer.answer(200, "{\"sid\":\"" + SECRET + "\",\"AccessKeyId\":\"" + SECRET + "\"}");
            HttpResponse<String> reached = Tokens.postJson("/api/sms/provider/test", token, "{\"to\":\"06 12 34 56 78\"}");
            assertEquals(200, reached.statusCode(), reached.body());
            assertTrue(reached.body().contains("\"sms.test.accepted\""), reached.body());
            assertFalse(reached.body().contains(SECRET), "not even the id it gave: " + reached.body());

            InternalServer.answer(500, "<html>" + SECRET + " stack trace</html>");
            HttpResponse<String> broken = Tokens.postJson("/api/sms/provider/test", token, "{\"to\":\"06 12 34 56 78\"}");
            assertEquals(502, broken.statusCode(), broken.body());
            assertTrue(broken.body().contains("500"), broken.body());
            assertFalse(broken.body().contains(SECRET), broken.body());
        } finally {
            InternalServer.stop();
        }
    }

    /** In the server: settings already pointing at the metadata service (saved before the check existed). */
    @Test
    @Order(3)
    void theSavedSettingsPointInside() throws Exception {
        String tenant = InTenant.call(tx, "none", () -> (String) em.createNativeQuery("SELECT id FROM agency WHERE id LIKE '"
                + PREFIX + "-%' ORDER BY created_at DESC LIMIT 1").getSingleResult());
        int changed = InTenant.call(tx, tenant, () -> em.createNativeQuery("UPDATE sms_provider SET host = "
                + "'http://169.254.169.254' WHERE tenant_id = ?1").setParameter(1, tenant).executeUpdate());
        assertEquals(1, changed);
    }

    @Test
    @Order(4)
    @RunAsClient
    void theTestRefusesToConnectInside() throws Exception {
        HttpResponse<String> refused = Tokens.postJson("/api/sms/provider/test", token, "{\"to\":\"06 12 34 56 78\"}");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"sms.target.internal\""), refused.body());
    }
}
