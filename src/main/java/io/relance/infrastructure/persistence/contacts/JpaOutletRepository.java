package io.relance.infrastructure.persistence.contacts;

import io.relance.application.contacts.OutletQuery;
import io.relance.application.contacts.OutletRepository;
import io.relance.application.contacts.OutletRow;
import io.relance.domain.contact.Outlet;
import io.relance.domain.contact.Topics;
import io.relance.infrastructure.persistence.JpaEntities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The current tenant's outlets; names compare without case or accents (the column's collation). */
@ApplicationScoped
public class JpaOutletRepository extends JpaEntities<Outlet> implements OutletRepository {

    @Override
    public Optional<Outlet> find(long id) {
        return Optional.ofNullable(em.find(Outlet.class, id));
    }

    @Override
    public Optional<Outlet> findByName(String name) {
        return em.createQuery("select o from Outlet o where o.name = :name", Outlet.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public List<OutletRow> page(OutletQuery q, int first, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(q, params);
        String dir = q.ascending() ? " asc" : " desc";
        String order = switch (q.sort() == null ? OutletQuery.Sort.NAME : q.sort()) {
            case TYPE -> "o.type" + dir + ", o.name";
            case PERIODICITY -> "o.periodicity" + dir + ", o.name";
            case TIER -> "o.tier" + dir + ", o.name";
            case CONTACTS -> "(select count(c) from Contact c where c.outlet = o and c.erasedAt is null)" + dir + ", o.name";
            case NAME -> "o.name" + dir;
        };
        TypedQuery<OutletRow> query = em.createQuery("select new io.relance.application.contacts.OutletRow(o.id, o.name, "
                + "o.type, o.periodicity, o.closingWeekday, o.closingMonthDay, o.scale, o.tier, o.topics, "
                + "(select count(c) from Contact c where c.outlet = o and c.erasedAt is null)) from Outlet o where "
                + where + " order by " + order + ", o.id", OutletRow.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long count(OutletQuery q) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(o) from Outlet o where " + where(q, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    @Override
    public List<Outlet> all(int first, int size) {
        return em.createQuery("select o from Outlet o order by o.name, o.id", Outlet.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public List<Outlet> suggest(String prefix, int max) {
        return em.createQuery("select o from Outlet o where o.name like :p order by o.name", Outlet.class)
                .setParameter("p", (prefix == null ? "" : prefix.strip()) + "%").setMaxResults(max).getResultList();
    }

    private static String where(OutletQuery q, Map<String, Object> params) {
        StringBuilder w = new StringBuilder("1 = 1");
        if (q.text() != null && !q.text().isBlank()) {
            w.append(" and o.name like :text");
            params.put("text", "%" + q.text().strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.type() != null) {
            w.append(" and o.type = :type");
            params.put("type", q.type());
        }
        if (q.periodicity() != null) {
            w.append(" and o.periodicity = :periodicity");
            params.put("periodicity", q.periodicity());
        }
        if (q.tier() != null) {
            w.append(" and o.tier = :tier");
            params.put("tier", q.tier());
        }
        if (q.topic() != null && !q.topic().isBlank()) {
            w.append(" and o.topics like :topic");
            params.put("topic", Topics.likePattern(q.topic()));
        }
        return w.toString();
    }
}
