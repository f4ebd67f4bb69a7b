package io.relance.application.sequence;

import io.relance.application.journee.QueueItem;
import io.relance.application.common.Secrets;
import io.relance.it.TenantSql;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * For the "a no stops everything" ITs (in the container): an agency whose stagiaire Léa calls Zoé
 * and Marc today, Tuesday 24 November 2026 at 09:40 in Paris, in two campaigns launched on Monday,
 * each with its release by email. Their anchor SMS and emails are waiting in the outbox: the SMS
 * operator does not answer (a closed port) and nobody listens on the SMTP port, so nothing leaves
 * on its own and the test sees exactly what a "no" withdraws.
 */
@Dependent
public class SaidNoFixture {

    static final Instant TUESDAY = MondayLaunch.TUESDAY;

    @Inject
    MondayLaunch monday;

    @Inject
    TenantSql db;

    @Inject
    Secrets secrets;

    String tenant;
    long zoe;
    long marc;
    long lea;

    public TenantSql launchTwoCampaigns() throws Exception {
        tenant = "no-" + UUID.randomUUID().toString().substring(0, 8);
        int deadPort;
        try (ServerSocket s = new ServerSocket(0)) {
            deadPort = s.getLocalPort(); // closed again: an operator that does not answer
        }
        lea = monday.agency(tenant, "Agence Non", "lea@x.fr",
                // its circuit already open: the SMS poller leaves the messages waiting, none is ever in flight
                "INSERT INTO sms_provider (tenant_id, kind, sender, host, port, system_id, secret, bind_type, dest_ton, dest_npi, "
                        + "updated_at) VALUES (?1, 'SMPP', 'AgenceNon', 'localhost', " + deadPort + ", 'relance', '"
                        + secrets.encrypt("s3cret") + "', 'TRANSCEIVER', 1, 1, NOW(3))",
                "INSERT INTO channel_circuit (tenant_id, channel, failures, open_until) VALUES (?1, 'SMS', 3, '2030-01-01 00:00:00')",
                "INSERT INTO contact (tenant_id, first_name, last_name, mobile, email, created_at, updated_at) VALUES "
                        + "(?1, 'Zoé', 'Alpha', '+33611111111', 'zoe@" + tenant + ".test', NOW(3), NOW(3)), "
                        + "(?1, 'Marc', 'Bravo', '+33622222222', 'marc@" + tenant + ".test', NOW(3), NOW(3))");
        db.use(tenant);
        zoe = db.count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = 'Zoé'");
        marc = db.count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = 'Marc'");
        long first = monday.launch(tenant, lea, "Collection d'hiver", true);
        // The one-sequence rule keeps a person out of a second campaign at launch; the test puts
        // them in two anyway (as before that rule, or enrolled twice by mistake) to prove that a no
        // reaches every campaign: the first campaign's sequences look closed while the second launches.
        db.in(() -> {
            db.sql("UPDATE enrolment SET status = 'CLOSED_NO' WHERE tenant_id = ?1 AND campaign_id = " + first);
            return null;
        });
        monday.launch(tenant, lea, "Soirée presse", true);
        db.in(() -> {
            db.sql("UPDATE enrolment SET status = 'SCHEDULED' WHERE tenant_id = ?1 AND campaign_id = " + first);
            return null;
        });
        monday.drainAt(tenant, TUESDAY);
        // the emails failed once (nobody listens) and wait for a try far ahead; one in flight comes back
        // with a next try after now, which the fixed clock never reaches
        db.in(() -> {
            db.sql("UPDATE mail_outbox SET due_at = '2030-01-01 00:00:00' WHERE tenant_id = ?1 AND status = 'PENDING'");
            return null;
        });
        for (int i = 0; i < 100 && db.count("SELECT COUNT(*) FROM mail_outbox WHERE tenant_id = ?1 AND status = 'SENDING'") > 0; i++) {
            Thread.sleep(100);
        }
        return db;
    }

    /** Léa's calls of the day, as her chef reads them. */
    List<QueueItem> leasDay() {
        return monday.day(tenant, lea).calls();
    }

    /** Léa's calls of the day and those ahead. */
    List<QueueItem> leasDayAndAhead() {
        var day = monday.day(tenant, lea);
        return Stream.concat(day.calls().stream(), day.upcoming().stream()).toList();
    }

    void drainAt(Instant instant) throws Exception {
        monday.drainAt(tenant, instant);
    }

    void clockBack() {
        monday.clockBack();
    }
}
