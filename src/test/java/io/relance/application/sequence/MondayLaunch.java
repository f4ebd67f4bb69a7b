package io.relance.application.sequence;

import io.relance.application.campaigns.CampaignService;
import io.relance.application.campaigns.LaunchService;
import io.relance.application.campaigns.TargetingService;
import io.relance.application.common.AppClock;
import io.relance.application.contacts.ContactQuery;
import io.relance.application.journee.CallQueue;
import io.relance.application.journee.Day;
import io.relance.application.mail.ReleaseEmailService;
import io.relance.domain.campaign.CampaignDraft;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.mail.ReleaseEmail;
import io.relance.domain.tenant.Agency;
import io.relance.it.Drain;
import io.relance.it.InTenant;
import io.relance.it.RunAsChef;
import io.relance.it.TenantSql;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * For the sequence ITs (in the container): an agency created on Monday 23 November 2026 at noon
 * with its stagiaire Léa, press releases launched to all its contacts that day, and Tuesday 09:40
 * in Paris, when the anchor SMS were written (09:16) and the first slot opened (09:30).
 */
@Dependent
public class MondayLaunch {

    static final Instant MONDAY = Instant.parse("2026-11-23T12:00:00Z");
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
    RunAsChef chef;

    /** The agency and Léa ({@code leaEmail}), then {@code statements} under its tenant ({@code ?1}); answers Léa's id. */
    long agency(String tenant, String name, String leaEmail, String... statements) throws Exception {
        db.use(tenant);
        at(MONDAY);
        db.in(() -> {
            db.em().persist(new Agency(tenant, name, "FR", "fr", Instant.now()));
            db.em().flush();
            db.sql("INSERT INTO staff_member (tenant_id, email, first_name, last_name, role, created_at) "
                    + "VALUES (?1, '" + leaEmail + "', 'Léa', 'Petit', 'STAGIAIRE', NOW(3))");
            for (String statement : statements) {
                db.sql(statement);
            }
            return null;
        });
        return db.count("SELECT id FROM staff_member WHERE tenant_id = ?1 AND email = '" + leaEmail + "'");
    }

    /** A press release to every contact, called by Léa, launched on Monday; with its release by email if asked. */
    long launch(String tenant, long lea, String subject, boolean releaseByEmail) {
        return InTenant.run(tenant, () -> chef.call(() -> {
            long id = campaigns.create(new CampaignDraft(campaigns.createClient("Marque " + subject), CampaignKind.PRESS_RELEASE,
                    subject, null, null, LocalDate.of(2026, 11, 23), null, null, null, null));
            campaigns.setMembers(id, List.of(lea));
            if (releaseByEmail) {
                releaseEmail.write(id, new ReleaseEmail("{sujet}", "Bonjour {prenom},\n\nNotre communiqué.\n\n{appelant}, {agence}", true));
            }
            targeting.addFiltered(id, ContactQuery.all());
            launcher.launch(id);
            return id;
        }));
    }

    /** The engine has run everything due by {@code instant} (the clock stays there). */
    void drainAt(String tenant, Instant instant) throws Exception {
        at(instant);
        Drain.all(engine, db.tx(), db.em(), tenant, instant);
    }

    /** Léa's day (today's calls and those ahead), as her chef reads it. */
    Day day(String tenant, long lea) {
        return InTenant.run(tenant, () -> chef.call(() -> queue.of(lea)));
    }

    void at(Instant instant) {
        clock.use(Clock.fixed(instant, ZoneOffset.UTC));
    }

    void clockBack() {
        clock.use(Clock.systemUTC());
    }
}
