package io.relance.application.sequence;

import io.relance.application.campaigns.CampaignService;
import io.relance.application.campaigns.LaunchService;
import io.relance.application.campaigns.TargetingService;
import io.relance.application.common.AppClock;
import io.relance.application.contacts.ContactQuery;
import io.relance.application.journee.CallQueue;
import io.relance.application.journee.QueueItem;
import io.relance.domain.mail.ReleaseEmail;
import io.relance.application.mail.ReleaseEmailService;
import io.relance.domain.campaign.CampaignDraft;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.tenant.Agency;
import io.relance.infrastructure.security.Secrets;
import io.relance.it.Drain;
import io.relance.it.InTenant;
import io.relance.it.RunAsChef;
import io.relance.it.TenantSql;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * For the "a no stops everything" ITs (in the container): an agency whose stagiaire Léa calls Zoé
 * and Marc today, Tuesday 24 November 2026 at 09:40 in Paris, in two campaigns launched on Monday,
 * each with its release by email. Their anchor SMS and emails are waiting in the outbox: the SMS
 * operator does not answer (a closed port) and nobody listens on the SMTP port, so nothing leaves
 * on its own and the test sees exactly what a "no" withdraws.
 */
@Dependent
public class SaidNoFixture {

    /** Tuesday 09:40 in Paris: the anchor SMS were written at 09:16, the first slot opened at 09:30. */
    static final Instant TUESDAY = Instant.parse("2026-11-24T08:40:00Z");

    @Inject
    TenantSql db;

    @Inject
    AppClock clock;

    @Inject
    SequenceEngine engine;

    @Inject
    CampaignService campaigns;

    @Inject
    TargetingService targeting;

    @Inject
    LaunchService launcher;

    @Inject
    ReleaseEmailService releaseEmail;

    @Inject
    CallQueue queue;

    @Inject
    Secrets secrets;

    @Inject
    RunAsChef chef;

    String tenant;
    long zoe;
    long marc;
    long lea;
    List<Long> campaignIds;

    public TenantSql launchTwoCampaigns() throws Exception {
        tenant = "no-" + UUID.randomUUID().toString().substring(0, 8);
        db.use(tenant);
        at(Instant.parse("2026-11-23T12:00:00Z"));
        int deadPort;
        try (ServerSocket s = new ServerSocket(0)) {
            deadPort = s.getLocalPort(); // closed again: an operator that does not answer
        }
        String secret = secrets.encrypt("s3cret");
        int port = deadPort;
        db.in(() -> {
            db.em().persist(new Agency(tenant, "Agence Non", "FR", "fr", Instant.now()));
            db.em().flush();
            db.sql("INSERT INTO sms_provider (tenant_id, kind, sender, host, port, system_id, secret, bind_type, dest_ton, dest_npi, "
                    + "updated_at) VALUES (?1, 'SMPP', 'AgenceNon', 'localhost', " + port + ", 'relance', '" + secret
                    + "', 'TRANSCEIVER', 1, 1, NOW(3))");
            db.sql("INSERT INTO staff_member (tenant_id, email, first_name, last_name, role, created_at) "
                    + "VALUES (?1, 'lea@x.fr', 'Léa', 'Petit', 'STAGIAIRE', NOW(3))");
            db.sql("INSERT INTO contact (tenant_id, first_name, last_name, mobile, email, created_at, updated_at) VALUES "
                    + "(?1, 'Zoé', 'Alpha', '+33611111111', 'zoe@" + tenant + ".test', NOW(3), NOW(3)), "
                    + "(?1, 'Marc', 'Bravo', '+33622222222', 'marc@" + tenant + ".test', NOW(3), NOW(3))");
            return null;
        });
        zoe = db.count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = 'Zoé'");
        marc = db.count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = 'Marc'");
        lea = db.count("SELECT id FROM staff_member WHERE tenant_id = ?1 AND email = 'lea@x.fr'");
        long first = launch("Collection d'hiver");
        // The one-sequence rule keeps a person out of a second campaign at launch; the test puts
        // them in two anyway (as before that rule, or enrolled twice by mistake) to prove that a no
        // reaches every campaign: the first campaign's sequences look closed while the second launches.
        db.in(() -> {
            db.sql("UPDATE enrolment SET status = 'CLOSED_NO' WHERE tenant_id = ?1 AND campaign_id = " + first);
            return null;
        });
        long second = launch("Soirée presse");
        db.in(() -> {
            db.sql("UPDATE enrolment SET status = 'SCHEDULED' WHERE tenant_id = ?1 AND campaign_id = " + first);
            return null;
        });
        campaignIds = List.of(first, second);
        at(TUESDAY);
        Drain.all(engine, db.tx(), db.em(), tenant, TUESDAY);
        return db;
    }

    private long launch(String subject) throws Exception {
        return InTenant.run(tenant, () -> chef.call(() -> {
            long id = campaigns.create(new CampaignDraft(campaigns.createClient("Marque " + subject), CampaignKind.PRESS_RELEASE,
                    subject, null, null, LocalDate.of(2026, 11, 23), null, null, null, null));
            campaigns.setMembers(id, List.of(lea));
            releaseEmail.write(id, new ReleaseEmail("{sujet}", "Bonjour {prenom},\n\nNotre communiqué.\n\n{appelant}, {agence}", true));
            targeting.addFiltered(id, ContactQuery.all());
            launcher.launch(id);
            return id;
        }));
    }

    /** Léa's calls of the day, as her chef reads them. */
    List<QueueItem> leasDay() {
        return InTenant.run(tenant, () -> chef.call(() -> queue.of(lea))).calls();
    }

    /** Léa's calls of the day and those ahead. */
    List<QueueItem> leasDayAndAhead() {
        return InTenant.run(tenant, () -> chef.call(() -> {
            var day = queue.of(lea);
            return java.util.stream.Stream.concat(day.calls().stream(), day.upcoming().stream()).toList();
        }));
    }

    void at(Instant instant) {
        clock.use(Clock.fixed(instant, ZoneOffset.UTC));
    }

    void drainAt(Instant instant) throws Exception {
        at(instant);
        Drain.all(engine, db.tx(), db.em(), tenant, instant);
    }

    void clockBack() {
        clock.use(Clock.systemUTC());
    }
}
