package io.relance.application.sequence;

import io.relance.application.journee.QueueItem;
import io.relance.it.RunAsStagiaire;
import io.relance.it.TenantSql;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/**
 * For {@link NewsroomIT} (in the container): an agency whose stagiaire Léa ({@link RunAsStagiaire})
 * calls, today (Tuesday 24 November 2026, 09:40 in Paris), Zoé and Marc of Libération and Paul of
 * Le Monde, followed up in one press release launched on Monday.
 */
@Dependent
public class NewsroomFixture {

    @Inject
    MondayLaunch monday;

    @Inject
    TenantSql db;

    /** One agency's ids, as the test reads them. */
    record Newsroom(String tenant, long lea, long zoe, long marc, long paul, long campaign) {
    }

    Newsroom launch(String prefix) throws Exception {
        String tenant = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        long lea = monday.agency(tenant, "Agence Rédactions", RunAsStagiaire.EMAIL,
                "INSERT INTO outlet (tenant_id, name, periodicity, created_at) VALUES (?1, 'Libération', 'QUOTIDIEN', NOW(3)), "
                        + "(?1, 'Le Monde', 'QUOTIDIEN', NOW(3))",
                "INSERT INTO contact (tenant_id, first_name, last_name, mobile, outlet_id, created_at, updated_at) "
                        + "SELECT ?1, p.f, p.l, p.m, o.id, NOW(3), NOW(3) FROM (SELECT 'Zoé' f, 'Alpha' l, '+33611111111' m, "
                        + "'Libération' o UNION ALL SELECT 'Marc', 'Bravo', '+33622222222', 'Libération' UNION ALL "
                        + "SELECT 'Paul', 'Charlie', '+33633333333', 'Le Monde') p JOIN outlet o ON o.tenant_id = ?1 AND o.name = p.o");
        long campaign = monday.launch(tenant, lea, "Collection d'hiver", false);
        monday.drainAt(tenant, MondayLaunch.TUESDAY);
        return new Newsroom(tenant, lea, id(tenant, "Zoé"), id(tenant, "Marc"), id(tenant, "Paul"), campaign);
    }

    private long id(String tenant, String firstName) {
        return db.use(tenant).count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = '" + firstName + "'");
    }

    /** Léa's calls of the day, as her chef reads them. */
    List<QueueItem> day(Newsroom n) {
        return monday.day(n.tenant(), n.lea()).calls();
    }

    /** The open call of a contact today. */
    long openCall(Newsroom n, long contact) {
        return day(n).stream().filter(c -> c.contactId() == contact && c.isOpen()).findFirst().orElseThrow().taskId();
    }

    void clockBack() {
        monday.clockBack();
    }
}
