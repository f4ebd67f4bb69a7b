package io.relance.infrastructure.persistence.sales;

import io.relance.application.common.NotFoundException;
import io.relance.application.sales.Prospect;
import io.relance.application.sales.SalesTemplateRepository;
import io.relance.application.sales.SalesTemplateRow;
import io.relance.application.sales.SentDocument;
import io.relance.application.sales.TemplateChoice;
import io.relance.domain.mail.MailStatus;
import io.relance.domain.sales.DocumentSource;
import io.relance.domain.sales.SalesKind;
import io.relance.domain.sales.SalesTemplate;
import io.relance.infrastructure.persistence.Rows;
import io.relance.infrastructure.persistence.JpaEntities;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * The agency's quote and proposal templates, and what sending one needs: the prospect behind a
 * sequence and the documents already sent. Lists never load a PDF's bytes (up to 5 MB each), only
 * their size; the entity, with its PDF, is loaded through the tenant-filtered session to be changed.
 */
@ApplicationScoped
public class JpaSalesTemplateRepository extends JpaEntities<SalesTemplate> implements SalesTemplateRepository {

    private static final String COLUMNS = "SELECT id, kind, name, email_subject, email_body, doc_title, doc_body, pdf_name, "
            + "COALESCE(LENGTH(pdf), 0), archived, updated_at FROM sales_template WHERE tenant_id = :tenant ";
    /** The quote first, then the proposals by name. */
    private static final String ORDER = " ORDER BY kind <> 'QUOTE', archived, name, id";

    /** Through the tenant-filtered session: another agency's template is not there. */
    @Override
    public SalesTemplate require(long id) {
        return byId(SalesTemplate.class, id).orElseThrow(() -> new NotFoundException("Sales template " + id));
    }

    @Override
    public List<SalesTemplateRow> rows(boolean withArchived) {
        return rows(COLUMNS + (withArchived ? "" : "AND archived = FALSE") + ORDER, null);
    }

    @Override
    public Optional<SalesTemplateRow> row(long id) {
        return rows(COLUMNS + "AND id = :id", id).stream().findFirst();
    }

    /** The agency's standard quote, if it has one. */
    @Override
    public Optional<Long> quote() {
        return em.createQuery("select t.id from SalesTemplate t where t.kind = :kind and t.archived = false order by t.id", Long.class)
                .setParameter("kind", SalesKind.QUOTE).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Holds the agency's row until the transaction ends: two people saving "the" quote at once write
     * one, the second finding the first's (the table cannot say "one active quote" by a unique key).
     */
    @Override
    public void lockAgency() {
        sql("SELECT id FROM agency WHERE id = :tenant FOR UPDATE")
                .getResultList();
    }

    /** The card's buttons on every card shown: ids and names only, never the texts nor the PDF's size. */
    @Override
    public List<TemplateChoice> choices() {
        List<Object[]> rows = rows(sql("SELECT id, kind, name FROM sales_template WHERE tenant_id = :tenant "
                        + "AND archived = FALSE" + ORDER));
        return rows.stream().map(r -> new TemplateChoice(Rows.lng(r[0]), SalesKind.valueOf((String) r[1]), (String) r[2])).toList();
    }

    /** The sequence's contact as a sales email needs them; empty if the sequence is not this agency's. */
    @Override
    public Optional<Prospect> prospect(long enrolmentId) {
        List<Object[]> rows = rows(sql("SELECT e.id, e.campaign_id, c.id, c.email, (c.opted_out = FALSE "
                        + "AND c.do_not_call = FALSE AND c.erased_at IS NULL), c.first_name, c.last_name, o.name, a.name, a.locale, "
                        + "a.country FROM enrolment e JOIN contact c ON c.tenant_id = e.tenant_id AND c.id = e.contact_id "
                        + "JOIN agency a ON a.id = e.tenant_id "
                        + "LEFT JOIN outlet o ON o.tenant_id = c.tenant_id AND o.id = c.outlet_id "
                        + "WHERE e.tenant_id = :tenant AND e.id = :enrolment").setParameter("enrolment", enrolmentId));
        return rows.stream().findFirst().map(r -> new Prospect(Rows.lng(r[0]), Rows.lng(r[1]), Rows.lng(r[2]), (String) r[3],
                Rows.bool(r[4]), (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10]));
    }

    /** A sample prospect of this agency, for previews: the agency is real, the person is not. */
    @Override
    public Prospect sample() {
        Object[] a = (Object[]) sql("SELECT name, locale, country FROM agency WHERE id = :tenant").getSingleResult();
        return new Prospect(0, 0, 0, "camille.durand@example.com", true, "Camille", "Durand", "Société Exemple", (String) a[0],
                (String) a[1], (String) a[2]);
    }

    /** The quotes and proposals emailed to a sequence's contact, newest first. */
    @Override
    public List<SentDocument> sent(long enrolmentId) {
        List<Object[]> rows = rows(sql("SELECT m.kind, t.name, m.status, COALESCE(m.sent_at, m.due_at) FROM mail_outbox m "
                        + "LEFT JOIN sales_template t ON t.tenant_id = m.tenant_id AND t.id = m.template_id "
                        + "WHERE m.tenant_id = :tenant AND m.enrolment_id = :enrolment AND m.kind IN ('QUOTE', 'PROPOSAL') "
                        + "ORDER BY m.created_at DESC, m.id DESC").setParameter("enrolment", enrolmentId));
        return rows.stream().map(r -> new SentDocument(SalesKind.valueOf((String) r[0]), (String) r[1], MailStatus.valueOf((String) r[2]),
                Rows.instant(r[3]))).toList();
    }

    private List<SalesTemplateRow> rows(String sql, Long id) {
        return rows(bindIf(sql(sql), "id", id)).stream().map(r -> {
            long pdfBytes = Rows.lng(r[8]);
            return new SalesTemplateRow(Rows.lng(r[0]), SalesKind.valueOf((String) r[1]), (String) r[2], (String) r[3], (String) r[4],
                    pdfBytes > 0 ? DocumentSource.UPLOADED : DocumentSource.GENERATED, (String) r[5], (String) r[6], (String) r[7],
                    pdfBytes, Rows.bool(r[9]), Rows.instant(r[10]));
        }).toList();
    }
}
