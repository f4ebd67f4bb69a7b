package io.relance.application.sequence;

import io.relance.application.campaigns.CampaignService;
import io.relance.application.campaigns.LaunchService;
import io.relance.application.campaigns.TargetingService;
import io.relance.application.common.AppClock;
import io.relance.application.contacts.ContactQuery;
import io.relance.application.journee.CallQueue;
import io.relance.application.journee.QueueItem;
import io.relance.domain.campaign.CampaignDraft;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.tenant.Agency;
import io.relance.it.Drain;
import io.relance.it.InTenant;
import io.relance.it.RunAsChef;
import io.relance.it.RunAsStagiaire;
import io.relance.it.TenantSql;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * For {@link NewsroomIT} (in the container): an agency whose stagiaire Léa ({@link RunAsStagiaire}) calls, today (Tuesday
 * 24 November 2026, 09:40 in Paris), Zoé and Marc of Libération and Paul of Le Monde, followed up
 * in one press release launched on Monday.
 */
@Dependent
public class NewsroomFixture {

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
    CallQueue queue;

    @Inject
    RunAsChef chef;

    /** One agency's ids, as the test reads them. */
    record Newsroom(String tenant, long lea, long zoe, long marc, long paul, long campaign) {
    }

    Newsroom launch(String prefix) throws Exception {
        String tenant = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        db.use(tenant);
        clock.use(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));
        db.in(() -> {
            db.em().persist(new Agency(tenant, "Agence Rédactions", "FR", "fr", Instant.now()));
            db.em().flush();
            db.sql("INSERT INTO staff_member (tenant_id, email, first_name, last_name, role, created_at) "
                    + "VALUES (?1, '" + RunAsStagiaire.EMAIL + "', 'Léa', 'Petit', 'STAGIAIRE', NOW(3))");
            db.sql("INSERT INTO outlet (tenant_id, name, periodicity, created_at) VALUES (?1, 'Libération', 'QUOTIDIEN', NOW(3)), "
                    + "(?1, 'Le Monde', 'QUOTIDIEN', NOW(3))");
            db.sql("INSERT INTO contact (tenant_id, first_name, last_name, mobile, outlet_id, created_at, updated_at) "
                    + "SELECT ?1, p.f, p.l, p.m, o.id, NOW(3), NOW(3) FROM (SELECT 'Zoé' f, 'Alpha' l, '+33611111111' m, 'Libération' o "
                    + "UNION ALL SELECT 'Marc', 'Bravo', '+33622222222', 'Libération' UNION ALL SELECT 'Paul', 'Charlie', '+33633333333', "
                    + "'Le Monde') p JOIN outlet o ON o.tenant_id = ?1 AND o.name = p.o");
            return null;
        });
        long lea = db.count("SELECT id FROM staff_member WHERE tenant_id = ?1");
        long campaign = InTenant.run(tenant, () -> chef.call(() -> {
            long id = campaigns.create(new CampaignDraft(campaigns.createClient("Marque"), CampaignKind.PRESS_RELEASE,
                    "Collection d'hiver", null, null, LocalDate.of(2026, 11, 23), null, null, null, null));
            campaigns.setMembers(id, List.of(lea));
            targeting.addFiltered(id, ContactQuery.all());
            launcher.launch(id);
            return id;
        }));
        Instant tuesday = Instant.parse("2026-11-24T08:40:00Z");
        clock.use(Clock.fixed(tuesday, ZoneOffset.UTC));
        Drain.all(engine, db.tx(), db.em(), tenant, tuesday);
        return new Newsroom(tenant, lea, id(tenant, "Zoé"), id(tenant, "Marc"), id(tenant, "Paul"), campaign);
    }

    private long id(String tenant, String firstName) {
        return db.use(tenant).count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = '" + firstName + "'");
    }

    /** Léa's calls of the day, as her chef reads them. */
    List<QueueItem> day(Newsroom n) {
        return InTenant.run(n.tenant(), () -> chef.call(() -> queue.of(n.lea()))).calls();
    }

    /** The open call of a contact today. */
    long openCall(Newsroom n, long contact) {
        return day(n).stream().filter(c -> c.contactId() == contact && c.isOpen()).findFirst().orElseThrow().taskId();
    }

    void clockBack() {
        clock.use(Clock.systemUTC());
    }
}
