package io.relance.infrastructure.persistence;

import io.relance.application.imports.ImportSummary;
import io.relance.domain.imports.DuplicateKeys;
import io.relance.domain.imports.Existing;
import io.relance.domain.imports.ImportMapping;
import io.relance.domain.imports.ImportReport;
import io.relance.domain.imports.ImportTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Saved mappings, import reports, and the keys of what the agency has, read once per import. */
@ApplicationScoped
public class ImportRepository {

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    /** Every contact's duplicate keys and every outlet's name, in two queries (not one per line). */
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

    public Map<String, Long> staffIdsByEmail() {
        Map<String, Long> ids = new HashMap<>();
        for (Object[] r : em.createQuery("select lower(s.email), s.id from StaffMember s", Object[].class).getResultList()) {
            ids.put((String) r[0], (Long) r[1]);
        }
        return ids;
    }

    public List<ImportMapping> mappings(ImportTarget target) {
        return em.createQuery("select m from ImportMapping m where m.target = :t order by m.name", ImportMapping.class)
                .setParameter("t", target).getResultList();
    }

    public Optional<ImportMapping> mapping(long id) {
        return Optional.ofNullable(em.find(ImportMapping.class, id));
    }

    public Optional<ImportMapping> mappingNamed(ImportTarget target, String name) {
        return em.createQuery("select m from ImportMapping m where m.target = :t and m.name = :n", ImportMapping.class)
                .setParameter("t", target).setParameter("n", name).getResultStream().findFirst();
    }

    public void add(Object entity) {
        em.persist(entity);
        em.flush();
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    public Optional<ImportReport> report(long id) {
        return Optional.ofNullable(em.find(ImportReport.class, id));
    }

    public List<ImportSummary> reports(int first, int size) {
        return em.createQuery("select new io.relance.application.imports.ImportSummary(r.id, r.target, r.fileName, "
                        + "r.createdBy, r.createdAt, r.status, r.totalRows, r.created, r.updated, r.skipped, r.rejected) "
                        + "from ImportReport r order by r.createdAt desc, r.id desc", ImportSummary.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countReports() {
        return em.createQuery("select count(r) from ImportReport r", Long.class).getSingleResult();
    }
}
