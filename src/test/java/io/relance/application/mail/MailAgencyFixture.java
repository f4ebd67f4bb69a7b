package io.relance.application.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.relance.application.campaigns.CampaignService;
import io.relance.application.campaigns.LaunchService;
import io.relance.application.campaigns.TargetingService;
import io.relance.application.common.AppClock;
import io.relance.application.contacts.ContactQuery;
import io.relance.domain.campaign.CampaignDraft;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.mail.ReleaseEmail;
import io.relance.domain.tenant.Agency;
import io.relance.it.Deployments;
import io.relance.it.InTenant;
import io.relance.it.RunAsChef;
import io.relance.it.RunAsStagiaire;
import io.relance.it.TenantSql;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * For the email ITs (in the container): a real SMTP server (GreenMail, on SMTP_PORT, which the
 * WildFly under test sends to), and an agency "Agence Mél & Co" whose press release was launched on
 * Monday 23 November 2026 with its release by email: Zoé and Marc have an address, Paul none, Anne
 * opted out; two stagiaires (the test's own and Léa) share the calls.
 */
@Dependent
public class MailAgencyFixture {

    @Inject
    TenantSql db;

    @Inject
    AppClock clock;

    @Inject
    CampaignService campaigns;

    @Inject
    TargetingService targeting;

    @Inject
    LaunchService launcher;

    @Inject
    ReleaseEmailService releaseEmail;

    @Inject
    RunAsChef chef;

    private GreenMail smtp;
    private String tenant;
    private String domain;

    /** The WAR with the test classes and GreenMail, which builds on Angus Mail (a WildFly module deployments do not see). */
    public static WebArchive deployment(Class<?> test) throws IOException {
        WebArchive war = Deployments.relance().addClasses(test, MailAgencyFixture.class, TenantSql.class, RunAsChef.class,
                RunAsStagiaire.class, InTenant.class).addAsLibraries(new File(System.getProperty("relance.greenmail.jar")));
        String structure = new String(war.get("WEB-INF/jboss-deployment-structure.xml").getAsset().openStream().readAllBytes(),
                StandardCharsets.UTF_8);
        return war.addAsWebInfResource(new StringAsset(structure.replace("<dependencies>",
                "<dependencies><module name=\"org.eclipse.angus.mail\"/>")), "jboss-deployment-structure.xml");
    }

    public TenantSql launchedWithTheReleaseByEmail() throws Exception {
        startSmtp();
        tenant = "mail-" + UUID.randomUUID().toString().substring(0, 8);
        domain = tenant + ".test";
        db.use(tenant);
        clock.use(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));
        db.in(() -> {
            db.em().persist(new Agency(tenant, "Agence Mél & Co", "FR", "fr", Instant.now()));
            db.em().flush();
            db.sql("INSERT INTO staff_member (tenant_id, email, first_name, last_name, role, created_at) VALUES "
                    + "(?1, '" + RunAsStagiaire.EMAIL + "', 'Sam', 'Test', 'STAGIAIRE', NOW(3)), "
                    + "(?1, 'lea@x.fr', 'Léa', 'Petit', 'STAGIAIRE', NOW(3))");
            String[][] people = {{"Zoé", "Alpha", "+33611111111", "'zoe@" + domain + "'", "FALSE"},
                    {"Marc", "Bravo", "+33622222222", "'marc@" + domain + "'", "FALSE"},
                    {"Paul", "Charlie", "+33633333333", "NULL", "FALSE"},
                    {"Anne", "Delta", "+33644444444", "'anne@" + domain + "'", "TRUE"}};
            for (String[] c : people) {
                db.sql("INSERT INTO contact (tenant_id, first_name, last_name, mobile, email, opted_out, created_at, updated_at) "
                        + "VALUES (?1, '" + c[0] + "', '" + c[1] + "', '" + c[2] + "', " + c[3] + ", " + c[4] + ", NOW(3), NOW(3))");
            }
            return null;
        });
        InTenant.run(tenant, () -> chef.call(() -> {
            List<Long> staff = ((List<?>) db.em().createNativeQuery("SELECT id FROM staff_member WHERE tenant_id = '" + tenant + "'")
                    .getResultList()).stream().map(n -> ((Number) n).longValue()).toList();
            long id = campaigns.create(new CampaignDraft(campaigns.createClient("Marque"), CampaignKind.PRESS_RELEASE,
                    "Collection d'hiver", null, null, LocalDate.of(2026, 11, 23), null, null, null, null));
            campaigns.setMembers(id, staff);
            releaseEmail.write(id, new ReleaseEmail("{sujet} pour {prenom}", "Bonjour {prenom},\n\nNotre communiqué : "
                    + "<b>Tom & Jerry</b>.\nVisuels : https://example.org/visuels\n\n{appelant}, {agence}", true));
            targeting.addFiltered(id, ContactQuery.all());
            return launcher.launch(id);
        }));
        return db;
    }

    public void stop() {
        clock.use(Clock.systemUTC());
        stopSmtp();
    }

    /** A fresh SMTP server (it starts with no message). */
    public void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getenv("SMTP_PORT")), "127.0.0.1", "smtp"));
        smtp.start();
    }

    public void stopSmtp() {
        smtp.stop();
    }

    public GreenMail smtp() {
        return smtp;
    }

    public String tenant() {
        return tenant;
    }

    public String domain() {
        return domain;
    }

    /** Another agency, empty ("Agence Bêta"); answers its tenant. */
    public String otherAgency() throws Exception {
        String other = "mailb-" + UUID.randomUUID().toString().substring(0, 8);
        InTenant.call(db.tx(), other, () -> {
            db.em().persist(new Agency(other, "Agence Bêta", "FR", "fr", Instant.now()));
            return null;
        });
        return other;
    }

    /** The messages GreenMail received for this test's agency (the demo agency's may arrive too). */
    public List<MimeMessage> mine() {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipients(List.of(m)).contains("@" + domain)).toList();
    }

    public List<MimeMessage> to(String address) {
        return mine().stream().filter(m -> recipients(List.of(m)).contains(address)).toList();
    }

    public static String recipients(List<MimeMessage> messages) {
        StringBuilder s = new StringBuilder();
        for (MimeMessage m : messages) {
            try {
                for (Address a : m.getAllRecipients()) {
                    s.append(a).append(' ');
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return s.toString();
    }

    static boolean has(MimeMessage m, String header, String value) {
        try {
            String h = m.getHeader(header, ",");
            return h != null && h.contains(value);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
