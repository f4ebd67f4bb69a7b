package io.relance.application.qualification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.relance.application.campaigns.CampaignService;
import io.relance.application.campaigns.LaunchService;
import io.relance.application.campaigns.TargetingService;
import io.relance.application.common.AppClock;
import io.relance.application.contacts.ContactQuery;
import io.relance.application.journee.CallQueue;
import io.relance.application.mail.MailAgencyFixture;
import io.relance.domain.campaign.CampaignDraft;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.sequence.EnrolmentStatus;
import io.relance.domain.sequence.Outcome;
import io.relance.domain.tenant.Agency;
import io.relance.it.InTenant;
import io.relance.it.RunAsChef;
import io.relance.it.RunAsDirecteur;
import io.relance.it.RunAsStagiaire;
import io.relance.it.TenantSql;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * For the qualification ITs (in the container): an agency "Conseil & Cie" whose commercial offer
 * was launched on Monday 23 November 2026 (the clock stays at noon that day) to three prospects —
 * Claire and Hugo with an address, Inès without — all called by the test's stagiaire; its directeur
 * is {@link RunAsDirecteur}. GreenMail, on SMTP_PORT, receives what the WildFly under test sends.
 */
@Dependent
public class ProspectAgencyFixture {

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
    CallQueue queue;

    @Inject
    RunAsChef chef;

    @Inject
    RunAsStagiaire stagiaire;

    @Inject
    RunAsDirecteur directeur;

    private GreenMail smtp;
    private String tenant;
    private String domain;
    private long campaign;

    public static WebArchive deployment(Class<?> test) throws IOException {
        return MailAgencyFixture.deployment(test).addClasses(ProspectAgencyFixture.class, RunAsDirecteur.class);
    }

    public TenantSql launched() throws Exception {
        smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getenv("SMTP_PORT")), "127.0.0.1", "smtp"));
        smtp.start();
        tenant = "prospect-" + UUID.randomUUID().toString().substring(0, 8);
        domain = tenant + ".test";
        db.use(tenant);
        clock.use(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));
        db.in(() -> {
            db.em().persist(new Agency(tenant, "Conseil & Cie", "FR", "fr", Instant.now()));
            db.em().flush();
            db.sql("INSERT INTO staff_member (tenant_id, email, first_name, last_name, role, created_at) VALUES "
                    + "(?1, '" + RunAsStagiaire.EMAIL + "', 'Sam', 'Test', 'STAGIAIRE', NOW(3)), "
                    + "(?1, '" + RunAsDirecteur.EMAIL + "', 'Dora', 'Directrice', 'DIRECTEUR', NOW(3))");
            db.sql("INSERT INTO outlet (tenant_id, name, created_at) VALUES (?1, 'Boulangeries Martin', NOW(3))");
            String[][] people = {{"Claire", "Martin", "+33611111111", "'claire@" + domain + "'"},
                    {"Hugo", "Bernard", "+33622222222", "'hugo@" + domain + "'"},
                    {"Inès", "Petit", "+33633333333", "NULL"}};
            for (String[] c : people) {
                db.sql("INSERT INTO contact (tenant_id, first_name, last_name, mobile, email, outlet_id, created_at, updated_at) "
                        + "SELECT ?1, '" + c[0] + "', '" + c[1] + "', '" + c[2] + "', " + c[3] + ", id, NOW(3), NOW(3) "
                        + "FROM outlet WHERE tenant_id = ?1");
            }
            return null;
        });
        campaign = InTenant.run(tenant, () -> chef.call(() -> {
            long stagiaireId = ((Number) db.em().createNativeQuery("SELECT id FROM staff_member WHERE tenant_id = '" + tenant
                    + "' AND role = 'STAGIAIRE'").getSingleResult()).longValue();
            long id = campaigns.create(new CampaignDraft(campaigns.createClient("Fournil & Co"), CampaignKind.COMMERCIAL_OFFER,
                    "Offre accompagnement presse", null, null, LocalDate.of(2026, 11, 23), null, null, null, null));
            campaigns.setMembers(id, List.of(stagiaireId));
            targeting.addFiltered(id, ContactQuery.all());
            launcher.launch(id);
            return id;
        }));
        return db;
    }

    public void stop() {
        clock.use(Clock.systemUTC());
        smtp.stop();
    }

    /** The first call of a prospect (by first name), opened now, whatever its slot. */
    public long openCallOf(String firstName) throws Exception {
        long task = db.count("SELECT MIN(t.id) FROM call_task t JOIN enrolment e ON e.tenant_id = t.tenant_id "
                + "AND e.id = t.enrolment_id JOIN contact c ON c.tenant_id = e.tenant_id AND c.id = e.contact_id "
                + "WHERE t.tenant_id = ?1 AND c.first_name = '" + firstName + "'");
        db.in(() -> {
            db.sql("UPDATE call_task SET status = 'OPEN' WHERE tenant_id = ?1 AND id = " + task);
            return null;
        });
        return task;
    }

    /** A prospect picked up: the stagiaire logs "oui" on their open call; answers the call. */
    public long pickedUp(String firstName) throws Exception {
        long task = openCallOf(firstName);
        EnrolmentStatus status = asStagiaire(() -> queue.log(task, Outcome.YES, null)).status();
        if (status.isOpen()) {
            throw new IllegalStateException("a yes closes the sequence");
        }
        return task;
    }

    public <T> T asStagiaire(Callable<T> work) {
        return InTenant.run(tenant, () -> stagiaire.call(work));
    }

    public <T> T asDirecteur(Callable<T> work) {
        return InTenant.run(tenant, () -> directeur.call(work));
    }

    public <T> T asChef(Callable<T> work) {
        return InTenant.run(tenant, () -> chef.call(work));
    }

    /** Another agency, empty ("Agence Bêta"), whose staff are the test's stagiaire and directeur too; answers its tenant. */
    public String otherAgency() throws Exception {
        String other = "prospectb-" + UUID.randomUUID().toString().substring(0, 8);
        InTenant.call(db.tx(), other, () -> {
            db.em().persist(new Agency(other, "Agence Bêta", "FR", "fr", Instant.now()));
            db.em().flush();
            db.em().createNativeQuery("INSERT INTO staff_member (tenant_id, email, first_name, last_name, role, created_at) VALUES "
                    + "(?1, '" + RunAsStagiaire.EMAIL + "', 'Sam', 'Autre', 'STAGIAIRE', NOW(3)), "
                    + "(?1, '" + RunAsDirecteur.EMAIL + "', 'Dan', 'Autre', 'DIRECTEUR', NOW(3))").setParameter(1, other)
                    .executeUpdate();
            return null;
        });
        return other;
    }

    public long campaign() {
        return campaign;
    }

    public String tenant() {
        return tenant;
    }

    public long staffId(String email) {
        return db.count("SELECT id FROM staff_member WHERE tenant_id = ?1 AND email = '" + email + "'");
    }

    /** A prospect's address (by first name). */
    public String address(String firstName) {
        return firstName.toLowerCase() + "@" + domain;
    }

    /** The messages for one address, waiting up to 10 s for the first (other agencies' emails arrive too). */
    public List<MimeMessage> awaitTo(String address) throws InterruptedException {
        for (int i = 0; i < 50 && toAddress(address).isEmpty(); i++) {
            Thread.sleep(200);
        }
        return toAddress(address);
    }

    /** What GreenMail received for one address. */
    public List<MimeMessage> toAddress(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    public GreenMail smtp() {
        return smtp;
    }
}
