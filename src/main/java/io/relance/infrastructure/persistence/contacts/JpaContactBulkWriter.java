package io.relance.infrastructure.persistence.contacts;

import io.relance.application.contacts.ContactBulkWriter;
import io.relance.domain.contact.ContactDetails;
import io.relance.application.tenant.TenantContext;
import io.relance.infrastructure.persistence.JdbcBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.function.IntConsumer;

/**
 * Inserts imported contacts in JDBC batches: JPA with IDENTITY keys cannot batch, and an import of
 * 100,000 rows must not make 100,000 round trips. The tenant is written from the tenant context
 * (never from the data), like Hibernate's @TenantId would.
 */
@ApplicationScoped
public class JpaContactBulkWriter implements ContactBulkWriter {

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    private static final String INSERT = "INSERT INTO contact (tenant_id, civility, first_name, last_name, beat, "
            + "outlet_id, topics, tier, landline, mobile, email, time_zone, call_windows, language, owner_id, "
            + "privileged, notes, confidential_notes, legal_basis, legal_basis_date, legal_basis_source, do_not_call, "
            + "do_not_call_at, do_not_call_reason, opted_out, opted_out_at, opted_out_reason, created_at, updated_at, "
            + "unique_email, unique_mobile, outlet_since, keys_done, email_key, mobile_key) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Override
    public void insert(List<NewContact> rows, Instant now, IntConsumer progress) {
        String tenant = TenantContext.require();
        JdbcBatch.run(em, INSERT, rows, (ps, row) -> bind(ps, tenant, row, now), progress);
    }

    private static void bind(PreparedStatement ps, String tenant, NewContact row, Instant now) throws SQLException {
        ContactDetails d = row.details();
        Timestamp at = Timestamp.from(now);
        int i = 1;
        ps.setString(i++, tenant);
        ps.setString(i++, d.civility() == null ? null : d.civility().name());
        ps.setString(i++, d.firstName());
        ps.setString(i++, d.lastName());
        ps.setString(i++, d.beat());
        setLong(ps, i++, row.outletId());
        ps.setString(i++, d.topics());
        ps.setString(i++, d.tier() == null ? null : d.tier().name());
        ps.setString(i++, d.landline());
        ps.setString(i++, d.mobile());
        ps.setString(i++, d.email());
        ps.setString(i++, d.timeZone());
        ps.setString(i++, d.callWindows());
        ps.setString(i++, d.language());
        setLong(ps, i++, row.ownerId());
        ps.setBoolean(i++, false);
        ps.setString(i++, d.notes());
        ps.setString(i++, d.confidentialNotes());
        ps.setString(i++, d.legalBasis() == null ? null : d.legalBasis().name());
        ps.setDate(i++, d.legalBasisDate() == null ? null : Date.valueOf(d.legalBasisDate()));
        ps.setString(i++, d.legalBasisSource());
        ps.setBoolean(i++, d.doNotCall());
        ps.setTimestamp(i++, d.doNotCall() ? at : null, UTC);
        ps.setString(i++, d.doNotCall() ? d.doNotCallReason() : null);
        ps.setBoolean(i++, d.optedOut());
        ps.setTimestamp(i++, d.optedOut() ? at : null, UTC);
        ps.setString(i++, d.optedOut() ? d.optedOutReason() : null);
        ps.setTimestamp(i++, at, UTC);
        ps.setTimestamp(i++, at, UTC);
        // one person, one contact: the import's plan never creates an email or mobile another contact holds
        ps.setString(i++, d.email());
        ps.setString(i++, d.mobile());
        ps.setTimestamp(i++, row.outletId() == null ? null : at, UTC);
        ps.setBoolean(i++, row.keyed());
        ps.setString(i++, row.emailKey());
        ps.setString(i, row.mobileKey());
    }

    private static void setLong(PreparedStatement ps, int i, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, value);
        }
    }
}
