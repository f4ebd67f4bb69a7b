package io.relance.infrastructure.persistence.imports;

import io.relance.application.imports.ImportRepository;
import io.relance.application.imports.ImportSummary;
import io.relance.domain.contact.Choice;
import io.relance.domain.contact.Contact;
import io.relance.domain.contact.Outlet;
import io.relance.domain.imports.DuplicateKeys;
import io.relance.domain.imports.Existing;
import io.relance.domain.imports.ImportMapping;
import io.relance.domain.imports.ImportReport;
import io.relance.domain.imports.ImportTarget;
import io.relance.domain.staff.StaffMember;
import io.relance.infrastructure.persistence.JpaEntities;
import io.relance.infrastructure.persistence.PlatformSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Saved mappings, import reports, and the keys of what the agency has, read once per import. */
@ApplicationScoped
public class JpaImportRepository extends JpaEntities<Object> implements ImportRepository {

    /** For the sweep across agencies (a Hibernate session opens only under a tenant). */
    @Inject
    PlatformSql platform;

    @Override
    public int failRunningStartedBefore(Instant startedBefore, Instant now) {
        return platform.update("UPDATE import_report SET status = 'FAILED', finished_at = ? WHERE status = 'RUNNING' "
                + "AND created_at < ?", now, startedBefore);
    }

    /** Every contact's duplicate keys and every outlet's name, in two queries (not one per line). */
    @Override
    public Existing existing() {
        Map<String, Long> emails = new HashMap<>();
        Map<String, Long> phones = new HashMap<>();
        Map<String, Long> names = new HashMap<>();
        List<Object[]> rows = em.createQuery("select c.id, c.email, c.mobile, c.landline, c.firstName, c.lastName, o.name "
                + "from Contact c left join c.outlet o where c.erasedAt is null order by c.id", Object[].class).getResultList();
        for (Object[] r : rows) {
            Long id = (Long) r[0];
            if (r[1] != null) {
                emails.putIfAbsent((String) r[1], id);
            }
            if (r[2] != null) {
                phones.putIfAbsent((String) r[2], id);
            }
            if (r[3] != null) {
                phones.putIfAbsent((String) r[3], id);
            }
            if (r[6] != null) {
                names.putIfAbsent(DuplicateKeys.nameAndOutlet((String) r[4], (String) r[5], (String) r[6]), id);
            }
        }
        Map<String, Long> outlets = new HashMap<>();
        for (Object[] r : em.createQuery("select o.id, o.name from Outlet o", Object[].class).getResultList()) {
            outlets.putIfAbsent(DuplicateKeys.outlet((String) r[1]), (Long) r[0]);
        }
        Set<String> staff = new HashSet<>(em.createQuery("select lower(s.email) from StaffMember s", String.class).getResultList());
        return new Existing(emails, phones, names, outlets, staff);
    }

    @Override
    public Map<String, Long> staffIdsByEmail() {
        Map<String, Long> ids = new HashMap<>();
        for (Object[] r : em.createQuery("select lower(s.email), s.id from StaffMember s", Object[].class).getResultList()) {
            ids.put((String) r[0], (Long) r[1]);
        }
        return ids;
    }

    @Override
    public List<ImportMapping> mappings(ImportTarget target) {
        return em.createQuery("select m from ImportMapping m where m.target = :t order by m.name", ImportMapping.class)
                .setParameter("t", target).getResultList();
    }

    @Override
    public Optional<ImportMapping> mapping(long id) {
        return Optional.ofNullable(em.find(ImportMapping.class, id));
    }

    @Override
    public Optional<ImportMapping> mappingNamed(ImportTarget target, String name) {
        return em.createQuery("select m from ImportMapping m where m.target = :t and m.name = :n", ImportMapping.class)
                .setParameter("t", target).setParameter("n", name).getResultStream().findFirst();
    }

    @Override
    public Optional<ImportReport> report(long id) {
        return Optional.ofNullable(em.find(ImportReport.class, id));
    }

    @Override
    public List<ImportSummary> reports(int first, int size) {
        return em.createQuery("select new io.relance.application.imports.ImportSummary(r.id, r.target, r.fileName, "
                        + "r.createdBy, r.createdAt, r.status, r.totalRows, r.created, r.updated, r.skipped, r.rejected) "
                        + "from ImportReport r order by r.createdAt desc, r.id desc", ImportSummary.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long countReports() {
        return em.createQuery("select count(r) from ImportReport r", Long.class).getSingleResult();
    }

    @Override
    public List<Contact> contactsWithOutlet(Collection<Long> ids) {
        return em.createQuery("select c from Contact c left join fetch c.outlet where c.id in :ids", Contact.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public Map<String, Long> outletIdsByName() {
        Map<String, Long> ids = new HashMap<>();
        for (Object[] r : em.createQuery("select o.id, o.name from Outlet o", Object[].class).getResultList()) {
            ids.putIfAbsent(Choice.fold((String) r[1]), (Long) r[0]);
        }
        return ids;
    }

    @Override
    public Optional<Outlet> outlet(long id) {
        return Optional.ofNullable(em.find(Outlet.class, id));
    }

    @Override
    public void addOutlet(Outlet outlet) {
        em.persist(outlet);
    }

    @Override
    public Outlet outletReference(long id) {
        return em.getReference(Outlet.class, id);
    }

    @Override
    public StaffMember staffReference(long id) {
        return em.getReference(StaffMember.class, id);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void clear() {
        em.clear();
    }
}
