package io.relance.application.imports;

import io.relance.it.Deployments;
import io.relance.it.InTenant;
import io.relance.it.TenantSql;
import io.relance.it.Tokens;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An import whose node was killed while writing stays RUNNING in its report (nobody is left to
 * finish it): the sweep marks it failed once no live node could still be writing it (the write's
 * 30-minute limit and a margin), in every agency, and leaves a recent one alone. Its owner then
 * reads "failed, nothing imported" instead of a progress bar that never moves; another agency
 * still cannot see it.
 */
@ExtendWith(ArquillianExtension.class)
class StaleImportsIT {

    private static final String DEMO = "agence-demo";

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(StaleImportsIT.class, TenantSql.class, InTenant.class, Tokens.class, Deployments.class);
    }

    @Inject
    StaleImports stale;

    @Inject
    TenantSql db;

    @Test
    void importsAbandonedByAStoppedNodeEndFailedInEveryAgency() throws Exception {
        String other = "stale-" + UUID.randomUUID().toString().substring(0, 6);
        db.sqlNow("INSERT INTO agency (id, name, country, locale, created_at) VALUES ('" + other + "', 'Agence Stale', 'FR', 'fr', NOW(3))");
        long demoAbandoned = report(DEMO, 40);
        long demoRecent = report(DEMO, 10);
        long otherAbandoned = report(other, 36);

        assertTrue(stale.sweep() >= 2, "both abandoned imports are swept");

        assertEquals("FAILED", status(demoAbandoned), "abandoned 40 minutes ago: failed");
        assertEquals("FAILED", status(otherAbandoned), "another agency's abandoned import too");
        assertEquals("RUNNING", status(demoRecent), "started 10 minutes ago: a live node may still be writing it");
        assertEquals(0, db.countAcross("SELECT COUNT(*) FROM import_report WHERE id = ?1 AND finished_at IS NULL", demoAbandoned),
                "its end is recorded");

        String directeur = Tokens.accessToken("directeur@agence-demo.fr", "demo-password-1");
        HttpResponse<String> seen = Tokens.get("/api/imports/" + demoAbandoned, directeur);
        assertEquals(200, seen.statusCode(), seen.body());
        assertTrue(seen.body().contains("FAILED"), "its owner reads that it failed: " + seen.body());
        HttpResponse<String> foreign = Tokens.get("/api/imports/" + otherAbandoned, directeur);
        assertEquals(404, foreign.statusCode(), "another agency's import stays unknown: " + foreign.body());
    }

    /** A RUNNING import report of {@code tenant} started {@code minutesAgo}, as a killed node leaves it. */
    private long report(String tenant, int minutesAgo) throws Exception {
        db.use(tenant).sqlNow("INSERT INTO import_report (tenant_id, target, file_name, created_by, created_at, mode, duplicates, "
                + "status, total_rows) VALUES ('" + tenant + "', 'CONTACTS', 'presse.csv', 'directeur@agence-demo.fr', "
                + "NOW(3) - INTERVAL " + minutesAgo + " MINUTE, 'ALL_OR_NOTHING', 'SKIP', 'RUNNING', 120)");
        return db.countAcross("SELECT MAX(id) FROM import_report WHERE tenant_id = ?1", tenant);
    }

    private String status(long id) {
        return db.textAcross("SELECT status FROM import_report WHERE id = ?1", id);
    }
}
