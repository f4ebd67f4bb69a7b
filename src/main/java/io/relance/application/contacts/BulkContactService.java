package io.relance.application.contacts;

import io.relance.application.staff.CurrentStaff;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.domain.contact.PersonSaidNo;
import io.relance.domain.contact.Tier;
import io.relance.domain.contact.Topics;
import io.relance.domain.staff.Role;
import io.relance.domain.staff.StaffMember;
import io.relance.application.staff.StaffRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * Bulk actions on a selection or on a whole filtered list, each one set-based UPDATE (100,000
 * contacts change in one statement, not 100,000). Only a directeur deletes in bulk.
 * Each method answers how many contacts changed.
 */
@Stateless
@RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class BulkContactService {

    @Inject
    CurrentStaff current;

    @Inject
    ContactRepository contacts;

    @Inject
    StaffRepository staff;

    @Inject
    AddressBook book;

    /** Observed by the sequences, which end what a "no" forbids in this same transaction. */
    @Inject
    Event<PersonSaidNo> saidNo;

    public int tag(Selection selection, String topic) {
        List<String> clean = Topics.parse(topic);
        if (clean.size() != 1) {
            throw new Refused("topic", "bulk.topic.required");
        }
        refuseEmpty(selection);
        // A contact whose topics would overflow the column keeps them as they are (rare: 500 characters).
        return contacts.tag(selection, book.region(), clean.get(0), Instant.now());
    }

    public int setTier(Selection selection, Tier tier) {
        if (tier == null) {
            throw new Refused("tier", "bulk.tier.required");
        }
        refuseEmpty(selection);
        return contacts.setTier(selection, book.region(), tier, Instant.now());
    }

    public int assignOwner(Selection selection, long ownerId) {
        StaffMember owner = staff.find(ownerId).orElseThrow(() -> new NotFoundException("Staff member " + ownerId));
        refuseEmpty(selection);
        return contacts.assignOwner(selection, book.region(), owner, Instant.now());
    }

    /** Do-not-call on the selection; each person's running sequences end in the same transaction. */
    public int markDoNotCall(Selection selection, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        refuseEmpty(selection);
        // read before the change: a filter on the flag itself would no longer find them after it
        List<Long> ids = selection.isQuery() ? contacts.ids(selection.query(), book.region()) : selection.ids();
        int marked = contacts.markDoNotCall(selection, book.region(), why, Instant.now());
        saidNo.fire(new PersonSaidNo(ids, current.email(), "Ne pas appeler" + (why == null ? "" : " : " + why)));
        return marked;
    }

    @RolesAllowed(Role.DIRECTEUR_NAME)
    public int delete(Selection selection) {
        refuseEmpty(selection);
        return contacts.delete(selection, book.region());
    }

    private static void refuseEmpty(Selection selection) {
        if (!selection.isQuery() && (selection.ids() == null || selection.ids().isEmpty())) {
            throw new Refused("selection", "bulk.selection.empty");
        }
    }
}
