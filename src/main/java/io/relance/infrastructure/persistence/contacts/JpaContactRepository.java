package io.relance.infrastructure.persistence.contacts;

import io.relance.application.contacts.ContactQuery;
import io.relance.application.contacts.ContactRepository;
import io.relance.application.contacts.ContactRow;
import io.relance.application.contacts.Selection;
import io.relance.domain.contact.Contact;
import io.relance.domain.contact.Tier;
import io.relance.domain.imports.DuplicateKeys;
import io.relance.domain.contact.Topics;
import io.relance.domain.staff.StaffMember;
import io.relance.infrastructure.persistence.JpaEntities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The current tenant's contacts: pages, counts and set-based bulk changes of a filtered list. */
@ApplicationScoped
public class JpaContactRepository extends JpaEntities<Contact> implements ContactRepository {

    private static final String ROW = "select new io.relance.application.contacts.ContactRow(c.id, c.civility, "
            + "c.firstName, c.lastName, o.name, c.beat, c.tier, c.mobile, c.landline, c.email, c.topics, "
            + "s.firstName, s.lastName, c.privileged, c.doNotCall.raised, c.optedOut.raised) "
            + "from Contact c left join c.outlet o left join c.owner s where ";

    @Override
    public Optional<Contact> find(long id) {
        return Optional.ofNullable(em.find(Contact.class, id)).filter(c -> c.getErasedAt() == null);
    }

    @Override
    public List<ContactRow> page(ContactQuery q, String region, int first, int size) {
        ContactFilter f = new ContactFilter(q, region);
        return f.bind(em.createQuery(ROW + f.where() + order(q), ContactRow.class))
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public List<ContactRow> sameKeys(String email, String mobile, String lastName, Long exceptId) {
        // each arm uses its tenant index (email, mobile, name); an empty value (never stored) matches nothing
        return em.createQuery(ROW + "c.erasedAt is null and c.id <> :except and (c.email = :email or c.mobile = :mobile "
                        + "or c.lastName = :last) order by c.id", ContactRow.class)
                .setParameter("except", exceptId == null ? -1L : exceptId).setParameter("email", email == null ? "" : email)
                .setParameter("mobile", mobile == null ? "" : mobile).setParameter("last", lastName == null ? "" : lastName)
                .setMaxResults(50).getResultList();
    }

    @Override
    public void add(Contact contact) {
        keyed(contact, () -> insert(contact));
    }

    @Override
    public void write(Contact contact) {
        keyed(contact, em::flush);
    }

    /**
     * In its own transaction: it is asked after a refused write, when the caller's transaction is
     * already marked for rollback and may run nothing more.
     */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ContactRow> holder(String key, String value) {
        String column = DuplicateKeys.EMAIL.equals(key) ? "uniqueEmail" : "uniqueMobile";
        return em.createQuery(ROW + "c." + column + " = :value", ContactRow.class).setParameter("value", value)
                .getResultStream().findFirst();
    }

    /**
     * The unique keys are the last word on "one person, one contact": two saves of the same email
     * at the same instant both pass the check, the database refuses the second. Its contact leaves
     * the session (nothing of it may be flushed again), and the caller is told which key it lost.
     */
    private void keyed(Contact contact, Runnable write) {
        try {
            write.run();
        } catch (PersistenceException e) {
            String key = takenKey(e);
            if (key == null) {
                throw e;
            }
            if (contact.getId() != null) {
                em.detach(contact); // an edit: its refused change must not be flushed again (an insert never got an id)
            }
            throw new KeyTaken(key);
        }
    }

    /** Which unique key a failed write broke, by the constraint's name in the database's message. */
    static String takenKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains("uk_contact_tenant_unique_email")) {
                return DuplicateKeys.EMAIL;
            }
            if (message.contains("uk_contact_tenant_unique_mobile")) {
                return DuplicateKeys.MOBILE;
            }
        }
        return null;
    }

    @Override
    public long count(ContactQuery q, String region) {
        ContactFilter f = new ContactFilter(q, region);
        return f.bind(em.createQuery("select count(c) from Contact c where " + f.where(), Long.class)).getSingleResult();
    }

    /** The ids of a filtered list (targeting a campaign "by filters"). */
    @Override
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
    @Override
    public List<Contact> after(ContactQuery q, String region, long afterId, int size) {
        ContactFilter f = new ContactFilter(q, region);
        return f.bind(em.createQuery("select c, o, s from Contact c left join c.outlet o left join c.owner s where "
                        + f.where() + " and c.id > :after order by c.id", Object[].class))
                .setParameter("after", afterId).setMaxResults(size)
                .getResultList().stream().map(r -> (Contact) r[0]).toList();
    }

    @Override
    public int tag(Selection selection, String region, String topic, Instant now) {
        return update(selection, region, "c.topics = case when c.topics like :like then c.topics when c.topics is null "
                + "then :fresh when length(c.topics) + :grow > " + Topics.MAX_LENGTH + " then c.topics "
                + "else concat(c.topics, :appended) end, c.updatedAt = :now",
                Map.of("like", Topics.likePattern(topic), "fresh", "|" + topic + "|", "appended", topic + "|",
                        "grow", topic.length() + 1), now);
    }

    @Override
    public int setTier(Selection selection, String region, Tier tier, Instant now) {
        return update(selection, region, "c.tier = :tier, c.updatedAt = :now", Map.of("tier", tier), now);
    }

    @Override
    public int assignOwner(Selection selection, String region, StaffMember owner, Instant now) {
        return update(selection, region, "c.owner = :owner, c.updatedAt = :now", Map.of("owner", owner), now);
    }

    @Override
    public int markDoNotCall(Selection selection, String region, String reason, Instant now) {
        return update(selection, region, "c.doNotCall.raised = true, c.doNotCall.at = coalesce(c.doNotCall.at, :now), "
                + "c.doNotCall.reason = coalesce(:reason, c.doNotCall.reason), c.updatedAt = :now",
                Collections.singletonMap("reason", reason), now);
    }

    private int update(Selection selection, String region, String set, Map<String, Object> values, Instant now) {
        Map<String, Object> all = new HashMap<>(values);
        all.put("now", now);
        return update(set, all, selection.query(), selection.ids(), region);
    }

    /**
     * One UPDATE for a whole selection: {@code set} is a JPQL assignment list over {@code c}. A
     * selection by ids still goes through the tenant filter, so a foreign id changes nothing.
     */
    private int update(String set, Map<String, Object> values, ContactQuery q, List<Long> ids, String region) {
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

    @Override
    public int delete(Selection selection, String region) {
        ContactQuery q = selection.query();
        List<Long> ids = selection.ids();
        if (q != null) {
            ContactFilter f = new ContactFilter(q, region);
            return f.bind(em.createQuery("delete from Contact c where " + f.where() + " and " + NEVER_FOLLOWED_UP)).executeUpdate();
        }
        return em.createQuery("delete from Contact c where c.id in :ids and " + NEVER_FOLLOWED_UP).setParameter("ids", ids)
                .executeUpdate();
    }

    private static final String NEVER_FOLLOWED_UP = "not exists (select 1 from Enrolment e where e.contactId = c.id)";

    @Override
    public boolean followedUp(long contactId) {
        return !em.createQuery("select e.id from Enrolment e where e.contactId = :id", Long.class).setParameter("id", contactId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public long countByOutlet(long outletId) {
        return em.createQuery("select count(c) from Contact c where c.outlet.id = :id and c.erasedAt is null", Long.class)
                .setParameter("id", outletId).getSingleResult();
    }

    @Override
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

    @Override
    public void clear() {
        em.clear();
    }
}
