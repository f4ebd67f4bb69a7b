package io.relance.infrastructure.persistence.contacts;

import io.relance.application.contacts.ContactQuery;
import io.relance.domain.contact.PhoneNumbers;
import io.relance.domain.contact.Topics;
import jakarta.persistence.Query;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The WHERE clause of a {@link ContactQuery} over {@code Contact c}, with its parameters. Every
 * predicate is on the contact's own columns (the outlet through a subquery), so that the same
 * clause serves a page, a count and a bulk UPDATE. Hibernate adds the tenant to each of them.
 * Searches are prefix searches, so that the (tenant_id, column) indexes serve them.
 */
final class ContactFilter {

    private static final Pattern PHONE_LIKE = Pattern.compile("^[+\\d][\\d .()/-]{3,}$");

    private final StringBuilder where = new StringBuilder("c.erasedAt is null");
    private final Map<String, Object> params = new LinkedHashMap<>();

    ContactFilter(ContactQuery q, String region) {
        text(q.text(), region);
        if (q.tier() != null) {
            add("c.tier = :tier", "tier", q.tier());
        }
        if (q.topic() != null && !q.topic().isBlank()) {
            add("c.topics like :topic", "topic", Topics.likePattern(q.topic()));
        }
        if (q.outletId() != null) {
            add("c.outlet.id = :outletId", "outletId", q.outletId());
        }
        if (q.outletType() != null) {
            add("c.outlet.id in (select o.id from Outlet o where o.type = :outletType)", "outletType", q.outletType());
        }
        if (q.periodicity() != null) {
            add("c.outlet.id in (select o.id from Outlet o where o.periodicity = :periodicity)", "periodicity", q.periodicity());
        }
        if (q.ownerId() != null) {
            add("c.owner.id = :ownerId", "ownerId", q.ownerId());
        }
        if (q.doNotCall() != null) {
            add("c.doNotCall.raised = :dnc", "dnc", q.doNotCall());
        }
    }

    private void text(String raw, String region) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        String text = raw.strip();
        if (text.contains("@")) {
            add("c.email like :email", "email", escape(text.toLowerCase(Locale.ROOT)) + "%");
            return;
        }
        if (PHONE_LIKE.matcher(text).matches()) {
            var e164 = PhoneNumbers.asE164(text, region);
            if (e164.isPresent()) {
                add("(c.mobile = :phone or c.landline = :phone)", "phone", e164.get());
            } else {
                String digits = text.replaceAll("\\D", "");
                add("(c.mobile like :digits or c.landline like :digits)", "digits", "%" + digits + "%");
            }
            return;
        }
        String[] words = text.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            // Names by prefix (indexed); outlets anywhere in their name ("télé" finds "Le Télégramme"),
            // which is cheap: an agency has thousands of outlets, not 100,000.
            String p = "w" + i;
            add("(c.lastName like :" + p + " or c.firstName like :" + p
                    + " or c.outlet.id in (select o.id from Outlet o where o.name like :o" + i + "))", p, escape(words[i]) + "%");
            params.put("o" + i, "%" + escape(words[i]) + "%");
        }
    }

    private void add(String predicate, String name, Object value) {
        where.append(" and ").append(predicate);
        params.put(name, value);
    }

    String where() {
        return where.toString();
    }

    <Q extends Query> Q bind(Q query) {
        params.forEach(query::setParameter);
        return query;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
