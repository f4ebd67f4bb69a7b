package io.relance.application.contacts;

import io.relance.application.common.AppClock;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.staff.CurrentStaff;
import io.relance.application.staff.StaffRepository;
import io.relance.domain.contact.Contact;
import io.relance.domain.contact.ContactDetails;
import io.relance.domain.contact.ContactMerge;
import io.relance.domain.contact.MergeField;
import io.relance.domain.contact.Outlet;
import io.relance.domain.contact.PersonSaidNo;
import io.relance.domain.staff.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One person, one contact: the "doublons possibles" list and the merge of two contacts, for chefs de
 * projet and directeurs (a merge deletes a card). The person picks each value; the history moves in
 * one transaction; a "no" said to either copy is the person's and wins; the merge is recorded.
 */
@Stateless
@RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class ContactMerges {

    @Inject
    ContactRepository contacts;

    @Inject
    OutletRepository outlets;

    @Inject
    StaffRepository staff;

    @Inject
    ContactMerger merger;

    @Inject
    SuppressionList suppressions;

    @Inject
    CurrentStaff current;

    @Inject
    AppClock clock;

    /** Observed by the sequences: a flag raised by the merge ends what it forbids, in this transaction. */
    @Inject
    Event<PersonSaidNo> saidNo;

    public List<DuplicatePair> duplicates(int first, int size) {
        return merger.pairs(first, size);
    }

    public long countDuplicates() {
        return merger.countPairs();
    }

    /** The merges into this contact, newest first (who, when, the removed copy's identity). */
    public List<MergeRecord> merges(long id) {
        load(id);
        return merger.merges(id).stream().map(m -> new MergeRecord(m.getCreatedAt(), m.getMergedBy(), m.getRemovedId(),
                m.getRemovedName(), m.getRemovedOutlet(), m.getRemovedEmail(), m.getChoices(), m.getMoved())).toList();
    }

    /**
     * Merges {@code removedId} into {@code keptId}: the fields in {@code fromRemoved} take the removed
     * contact's value; everything else stays the kept one's (an empty kept value is filled from the
     * other). Answers what moved. Either id foreign or unknown: 404, nothing changes.
     */
    public Map<String, Integer> merge(long keptId, long removedId, Set<MergeField> fromRemoved) {
        if (keptId == removedId) {
            throw new Refused("other", "contact.merge.same");
        }
        Contact kept = load(keptId);
        Contact removed = load(removedId);
        ContactDetails k = kept.details();
        ContactDetails r = removed.details();
        Long removedOutlet = removed.getOutlet() == null ? null : removed.getOutlet().getId();
        Instant removedSince = removed.getOutletSince();
        Instant now = clock.now();
        ContactDetails merged = suppressions.screen(MergeField.pick(k, r, fromRemoved));

        Map<String, Integer> moved = merger.move(keptId, removedId);
        contacts.clear(); // the removed row is gone; read the kept one again, as the SQL left it
        kept = load(keptId);
        boolean emailFree = free(merged.email(), null, keptId);
        boolean mobileFree = free(null, merged.mobile(), keptId);
        Outlet outlet = merged.outletName() == null ? null : outlets.findByName(merged.outletName()).orElse(null);
        Outlet former = removedOutlet == null ? null : outlets.find(removedOutlet).orElse(null);
        kept.apply(merged, outlet, merged.ownerEmail() == null ? null : staff.findByEmail(merged.ownerEmail()).orElse(null), now);
        kept.claimKeys(emailFree, mobileFree); // before anything flushes the keys apply set
        if (former != null && (kept.getOutlet() == null || !former.getId().equals(kept.getOutlet().getId()))) {
            kept.rememberOutlet(former, removedSince, now); // the copy's outlet was the person's too
        }
        kept.keepRefusals(removed, now);
        merger.record(new ContactMerge(keptId, removedId, r, choices(fromRemoved, r), text(moved), current.email(), now));
        if (kept.refusesCalls()) {
            saidNo.fire(new PersonSaidNo(List.of(keptId), current.email(), "Fusion de doublons : ne pas appeler ou ne plus relancer"));
        }
        return moved;
    }

    /**
     * Whether the kept contact may hold the unique key of this email or mobile now that the copy is
     * gone (it may have had none: a duplicate from before the keys), that is no third copy has it.
     */
    private boolean free(String email, String mobile, long keptId) {
        if (email == null && mobile == null) {
            return true;
        }
        return contacts.sameKeys(email, mobile, null, keptId).stream()
                .noneMatch(o -> email != null && email.equalsIgnoreCase(o.email()) || mobile != null && mobile.equals(o.mobile()));
    }

    private static String choices(Set<MergeField> fromRemoved, ContactDetails r) {
        return fromRemoved.stream().sorted().map(f -> f + "=" + (f.of(r) == null ? "" : f.of(r)))
                .collect(Collectors.joining("\n"));
    }

    private static String text(Map<String, Integer> moved) {
        return moved.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }

    private Contact load(long id) {
        return contacts.find(id).orElseThrow(() -> new NotFoundException("Contact " + id));
    }
}
