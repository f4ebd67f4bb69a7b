package io.relance.application.contacts;

import io.relance.application.common.NotFoundException;
import io.relance.domain.contact.Tier;
import io.relance.domain.contact.Topics;
import io.relance.domain.staff.Role;
import io.relance.domain.staff.StaffMember;
import io.relance.infrastructure.persistence.ContactRepository;
import io.relance.application.staff.StaffRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Bulk actions on a selection or on a whole filtered list, each one set-based UPDATE (100,000
 * contacts change in one statement, not 100,000). Only a directeur deletes in bulk.
 * Each method answers how many contacts changed.
 */
@Stateless
@RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class BulkContactService {

    @Inject
    ContactRepository contacts;

    @Inject
    StaffRepository staff;

    @Inject
    AddressBook book;

    @Inject
    io.relance.application.sequence.Withdrawals withdrawals;

    public int tag(Selection selection, String topic) {
        List<String> clean = Topics.parse(topic);
        if (clean.size() != 1) {
            throw new ContactException("topic", "bulk.topic.required");
        }
        String t = clean.get(0);
        // A contact whose topics would overflow the column keeps them as they are (rare: 500 characters).
        return update(selection, "c.topics = case when c.topics like :like then c.topics when c.topics is null "
                + "then :fresh when length(c.topics) + :grow > " + Topics.MAX_LENGTH + " then c.topics "
                + "else concat(c.topics, :appended) end, c.updatedAt = :now",
                Map.of("like", Topics.likePattern(t), "fresh", "|" + t + "|", "appended", t + "|", "grow", t.length() + 1));
    }

    public int setTier(Selection selection, Tier tier) {
        if (tier == null) {
            throw new ContactException("tier", "bulk.tier.required");
        }
        return update(selection, "c.tier = :tier, c.updatedAt = :now", Map.of("tier", tier));
    }

    public int assignOwner(Selection selection, long ownerId) {
        StaffMember owner = staff.find(ownerId).orElseThrow(() -> new NotFoundException("Staff member " + ownerId));
        return update(selection, "c.owner = :owner, c.updatedAt = :now", Map.of("owner", owner));
    }

    /** Do-not-call on the selection; each person's running sequences end in the same transaction. */
    public int markDoNotCall(Selection selection, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        refuseEmpty(selection);
        // read before the change: a filter on the flag itself would no longer find them after it
        List<Long> ids = selection.isQuery() ? contacts.ids(selection.query(), book.region()) : selection.ids();
        int marked = update(selection, "c.doNotCall = true, c.doNotCallAt = coalesce(c.doNotCallAt, :now), "
                + "c.doNotCallReason = coalesce(:reason, c.doNotCallReason), c.updatedAt = :now",
                java.util.Collections.singletonMap("reason", why));
        withdrawals.of(ids, book.caller(), "Ne pas appeler" + (why == null ? "" : " : " + why));
        return marked;
    }

    @RolesAllowed(Role.DIRECTEUR_NAME)
    public int delete(Selection selection) {
        refuseEmpty(selection);
        return contacts.delete(selection.query(), selection.ids(), book.region());
    }

    private int update(Selection selection, String set, Map<String, Object> values) {
        refuseEmpty(selection);
        Map<String, Object> all = new java.util.HashMap<>(values);
        all.put("now", Instant.now());
        return contacts.update(set, all, selection.query(), selection.ids(), book.region());
    }

    private static void refuseEmpty(Selection selection) {
        if (!selection.isQuery() && (selection.ids() == null || selection.ids().isEmpty())) {
            throw new ContactException("selection", "bulk.selection.empty");
        }
    }
}
