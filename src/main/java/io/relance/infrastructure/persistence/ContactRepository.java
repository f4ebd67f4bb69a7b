package io.relance.infrastructure.persistence;

import io.relance.application.contacts.ContactQuery;
import io.relance.application.contacts.ContactRow;
import io.relance.domain.contact.Contact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.util.List;
import java.util.Optional;

/** The current tenant's contacts: pages, counts and set-based bulk changes of a filtered list. */
@ApplicationScoped
public class ContactRepository {

    private static final String ROW = "select new io.relance.application.contacts.ContactRow(c.id, c.civility, "
            + "c.firstName, c.lastName, o.name, c.beat, c.tier, c.mobile, c.landline, c.email, c.topics, "
            + "s.firstName, s.lastName, c.privileged, c.doNotCall, c.optedOut) "
            + "from Contact c left join c.outlet o left join c.owner s where ";

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    public Optional<Contact> find(long id) {
        return Optional.ofNullable(em.find(Contact.class, id)).filter(c -> c.getErasedAt() == null);
    }

    public List<ContactRow> page(ContactQuery q, String region, int first, int size) {
        ContactFilter f = new ContactFilter(q, region);
        return f.bind(em.createQuery(ROW + f.where() + order(q), ContactRow.class))
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(ContactQuery q, String region) {
        ContactFilter f = new ContactFilter(q, region);
        return f.bind(em.createQuery("select count(c) from Contact c where " + f.where(), Long.class)).getSingleResult();
    }

    /** The ids of a filtered list (targeting a campaign "by filters"). */
    public List<Long> ids(ContactQuery q, String region) {
        ContactFilter f = new ContactFilter(q, region);
        return f.bind(em.createQuery("select c.id from Contact c where " + f.where() + " order by c.id", Long.class))
                .getResultList();
    }

    /**
     * The next contacts after a given id, for export: keyset pages (no OFFSET to rescan), in one
     * query each. Their outlet and owner are selected alongside (WildFly's JPA compliance forbids
     * an alias on a fetch join) so that reading them costs no further query.
     */
    public List<Contact> after(ContactQuery q, String region, long afterId, int size) {
        ContactFilter f = new ContactFilter(q, region);
        return f.bind(em.createQuery("select c, o, s from Contact c left join c.outlet o left join c.owner s where "
                        + f.where() + " and c.id > :after order by c.id", Object[].class))
                .setParameter("after", afterId).setMaxResults(size)
                .getResultList().stream().map(r -> (Contact) r[0]).toList();
    }

    /**
     * One UPDATE for a whole selection: {@code set} is a JPQL assignment list over {@code c}. A
     * selection by ids still goes through the tenant filter, so a foreign id changes nothing.
     */
    public int update(String set, java.util.Map<String, Object> values, ContactQuery q, List<Long> ids, String region) {
        Query query;
        if (q != null) {
            ContactFilter f = new ContactFilter(q, region);
            query = f.bind(em.createQuery("update Contact c set " + set + " where " + f.where()));
        } else {
            query = em.createQuery("update Contact c set " + set + " where c.id in :ids and c.erasedAt is null")
                    .setParameter("ids", ids);
        }
        values.forEach(query::setParameter);
        return query.executeUpdate();
    }

    /** Deletes contacts never followed up; the others keep the history their bilans count (erasure anonymises them). */
    public int delete(ContactQuery q, List<Long> ids, String region) {
        if (q != null) {
            ContactFilter f = new ContactFilter(q, region);
            return f.bind(em.createQuery("delete from Contact c where " + f.where() + " and " + NEVER_FOLLOWED_UP)).executeUpdate();
        }
        return em.createQuery("delete from Contact c where c.id in :ids and " + NEVER_FOLLOWED_UP).setParameter("ids", ids)
                .executeUpdate();
    }

    private static final String NEVER_FOLLOWED_UP = "not exists (select 1 from Enrolment e where e.contactId = c.id)";

    public boolean followedUp(long contactId) {
        return !em.createQuery("select e.id from Enrolment e where e.contactId = :id", Long.class).setParameter("id", contactId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public void add(Contact contact) {
        em.persist(contact);
        em.flush();
    }

    public void remove(Contact contact) {
        em.remove(contact);
    }

    public long countByOutlet(long outletId) {
        return em.createQuery("select count(c) from Contact c where c.outlet.id = :id and c.erasedAt is null", Long.class)
                .setParameter("id", outletId).getSingleResult();
    }

    public void detachOutlet(long outletId) {
        em.createQuery("update Contact c set c.outlet = null where c.outlet.id = :id").setParameter("id", outletId).executeUpdate();
    }

    private static String order(ContactQuery q) {
        String dir = q.ascending() ? " asc" : " desc";
        return switch (q.sort() == null ? ContactQuery.Sort.NAME : q.sort()) {
            case OUTLET -> " order by o.name" + dir + ", c.lastName, c.id";
            case TIER -> " order by c.tier" + dir + ", c.lastName, c.id";
            case CREATED -> " order by c.createdAt" + dir + ", c.id" + dir;
            case NAME -> " order by c.lastName" + dir + ", c.firstName" + dir + ", c.id" + dir;
        };
    }

    /** Lets go of the entities read so far (exports read page after page). */
    public void clear() {
        em.clear();
    }
}
