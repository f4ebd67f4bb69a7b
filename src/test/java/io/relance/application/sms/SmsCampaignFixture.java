package io.relance.application.sms;

import io.relance.application.campaigns.CampaignService;
import io.relance.application.campaigns.LaunchService;
import io.relance.application.campaigns.TargetingService;
import io.relance.application.common.AppClock;
import io.relance.application.contacts.ContactQuery;
import io.relance.application.sequence.SequenceEngine;
import io.relance.domain.campaign.CampaignDraft;
import io.relance.domain.campaign.CampaignKind;
import io.relance.it.Drain;
import io.relance.it.InTenant;
import io.relance.it.RunAsChef;
import io.relance.it.TenantSql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For the SMS ITs (in the container): an agency's stagiaire Léa and its mobiles enrolled in a press
 * release launched on Monday 23 November 2026, then Tuesday 09:16 in Paris when the anchor SMS are
 * due; and the small SQL readings the tests make under the agency's tenant.
 */
@Dependent
public class SmsCampaignFixture {

    /** When the launched campaign's anchor SMS are due (09:16 in Paris, just before the first slot). */
    static final Instant SMS_DUE = Instant.parse("2026-11-24T08:16:00Z");

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Resource
    UserTransaction tx;

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
    RunAsChef chef;

    @Inject
    TenantSql db;

    private String tenant;

    /** Readings and statements under this agency (without launching anything). */
    public void use(String tenant) {
        this.tenant = tenant;
        db.use(tenant);
    }

    /** Léa (stagiaire) and one contact per {first name, last name, mobile}, followed up by Léa from Monday. */
    public void launch(String tenant, String[][] contacts) throws Exception {
        use(tenant);
        at("2026-11-23T12:00:00Z");
        in(() -> {
            sql("INSERT INTO staff_member (tenant_id, email, first_name, last_name, role, created_at) "
                    + "VALUES (?1, 'lea@x.fr', 'Léa', 'Petit', 'STAGIAIRE', NOW(3))");
            for (String[] c : contacts) {
                sql("INSERT INTO contact (tenant_id, first_name, last_name, mobile, created_at, updated_at) VALUES (?1, '"
                        + c[0] + "', '" + c[1] + "', '" + c[2] + "', NOW(3), NOW(3))");
            }
            return null;
        });
        long lea = count("SELECT id FROM staff_member WHERE tenant_id = ?1 AND email = 'lea@x.fr'");
        InTenant.run(tenant, () -> chef.call(() -> {
            long id = campaigns.create(new CampaignDraft(campaigns.createClient("Marque"), CampaignKind.PRESS_RELEASE,
                    "Collection d'hiver", null, null, LocalDate.of(2026, 11, 23), null, null, null, null));
            campaigns.setMembers(id, List.of(lea));
            targeting.addFiltered(id, ContactQuery.all());
            return launcher.launch(id);
        }));
    }

    /** Tuesday 09:16 in Paris: the engine writes the anchor SMS of every contact to the outbox. */
    public void smsDue() throws Exception {
        clock.use(Clock.fixed(SMS_DUE, ZoneOffset.UTC));
        Drain.all(engine, tx, em, tenant, clock.now());
    }

    public void at(String instant) {
        clock.use(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    public void clockBack() {
        clock.use(Clock.systemUTC());
    }

    /** The state of the anchor SMS of the contact with this mobile. */
    public String statusOf(String mobile) {
        return text("SELECT m.status FROM sms_outbox m JOIN enrolment e ON e.id = m.enrolment_id JOIN contact c ON c.id = e.contact_id "
                + "WHERE m.tenant_id = ?1 AND c.mobile = '" + mobile + "'");
    }

    public long count(String sql) {
        return db.count(sql);
    }

    public String text(String sql) {
        return db.text(sql);
    }

    public void sql(String statement) {
        db.sql(statement);
    }

    /** A statement of its own transaction, without the tenant parameter (DDL, triggers). */
    public void sqlNow(String statement) throws Exception {
        db.sqlNow(statement);
    }

    public <T> T in(Callable<T> work) throws Exception {
        return db.in(work);
    }

    public static void waitFor(BooleanSupplier condition, Supplier<String> state) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertTrue(condition.getAsBoolean(), () -> "waited 10 s; " + state.get());
    }
}
