package io.relance.application.contacts;

import io.relance.application.staff.CurrentStaff;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.domain.contact.Contact;
import io.relance.domain.contact.ContactDetails;
import io.relance.domain.contact.ContactInput;
import io.relance.domain.contact.ContactRules;
import io.relance.domain.contact.Outlet;
import io.relance.domain.contact.OutletDetails;
import io.relance.domain.contact.PersonSaidNo;
import io.relance.domain.contact.PersonTraces;
import io.relance.domain.contact.Problem;
import io.relance.domain.contact.Withdrawn;
import io.relance.domain.contact.EmailAddress;
import io.relance.domain.imports.DuplicateKeys;
import io.relance.domain.staff.Role;
import io.relance.domain.staff.StaffMember;
import io.relance.application.staff.StaffRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Contacts: every staff role reads (a stagiaire without the confidential notes); chefs de projet and
 * directeurs create, edit, delete and erase; only a directeur marks a contact as privileged.
 * Entities are always loaded through the tenant-filtered session before a change (HHH-20883).
 */
@Stateless
@RolesAllowed({Role.STAGIAIRE_NAME, Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class ContactService {

    @Inject
    CurrentStaff current;

    @Inject
    io.relance.application.outbox.ChannelRecords channels;

    @Inject
    ContactRepository contacts;

    @Inject
    OutletRepository outlets;

    @Inject
    StaffRepository staff;

    @Inject
    AddressBook book;

    /** Observed by the sequences, which end what a "no" forbids in this same transaction. */
    @Inject
    Event<PersonSaidNo> saidNo;

    @Inject
    SuppressionList suppressions;

    @Inject
    PersonRecords records;

    @Inject
    ContactMerger merger;

    private final Clock clock = Clock.systemUTC();

    public List<ContactRow> page(ContactQuery q, int first, int size) {
        return contacts.page(q, book.region(), first, size);
    }

    public long count(ContactQuery q) {
        return contacts.count(q, book.region());
    }

    public ContactCard card(long id) {
        Contact c = load(id);
        ContactDetails d = c.details();
        if (!current.isSenior()) {
            d = d.withoutConfidentialNotes();
        }
        StaffMember owner = c.getOwner();
        return new ContactCard(c.getId(), d, c.getOutlet() == null ? null : c.getOutlet().getId(),
                owner == null ? null : owner.getId(), owner == null ? null : owner.getFullName(), c.isPrivileged(),
                c.getDoNotCallAt(), c.getOptedOutAt(), c.getCreatedAt(), c.getUpdatedAt(), c.getWrongNumber(), c.getWrongNumberAt());
    }

    /** The outlets the person worked for before, latest first ("anciens médias" on the card). */
    public List<FormerOutletRow> formerOutlets(long id) {
        load(id);
        return merger.formerOutlets(id);
    }

    /** Staff who may own a relationship (enabled members), as id and name. */
    public List<StaffMember> owners() {
        return staff.enabled();
    }

    @RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
    public long create(ContactInput input, boolean privileged) {
        return create(input, privileged, false);
    }

    /**
     * One person, one contact: refused when another contact has the same email or mobile; a
     * homonym at the same outlet is refused unless {@code homonymConfirmed}.
     */
    @RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
    public long create(ContactInput input, boolean privileged, boolean homonymConfirmed) {
        ContactDetails d = suppressions.screen(check(input));
        refuseDuplicate(d, null, null, homonymConfirmed);
        Contact contact = new Contact(d, outletNamed(d.outletName()), ownerOf(d), clock.instant());
        contact.setPrivileged(privileged && current.isDirecteur());
        saving(d, () -> contacts.add(contact));
        return contact.getId();
    }

    @RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
    /**
     * {@code privileged}: null keeps the mark as it is (only a directeur changes it anyway). A
     * do-not-call or opt-out ticked here ends the person's running sequences at once; answers what ended.
     */
    public Withdrawn update(long id, ContactInput input, Boolean privileged) {
        return update(id, input, privileged, false);
    }

    /** As {@link #update(long, ContactInput, Boolean)}, checking duplicates as {@link #create(ContactInput, boolean, boolean)} does. */
    @RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
    public Withdrawn update(long id, ContactInput input, Boolean privileged, boolean homonymConfirmed) {
        Contact contact = load(id);
        ContactDetails d = suppressions.screen(check(input));
        refuseDuplicate(d, id, contact.details(), homonymConfirmed);
        contact.apply(d, outletNamed(d.outletName()), ownerOf(d), clock.instant());
        if (privileged != null && current.isDirecteur()) {
            contact.setPrivileged(privileged);
        }
        saving(d, () -> contacts.write(contact));
        return contact.refusesCalls() ? withdraw(List.of(id), why(d)) : Withdrawn.NONE;
    }

    /**
     * The first other contact sharing a key with {@code d}. On an edit only the keys that change are
     * looked at: a pair from before the check existed can still be edited until someone merges it
     * (it shows in the "doublons possibles" list).
     */
    private void refuseDuplicate(ContactDetails d, Long self, ContactDetails before, boolean homonymConfirmed) {
        String email = before == null || !java.util.Objects.equals(before.email(), d.email()) ? d.email() : null;
        String mobile = before == null || !java.util.Objects.equals(before.mobile(), d.mobile()) ? d.mobile() : null;
        boolean nameMoved = before == null || !DuplicateKeys.nameAndOutlet(before.firstName(), before.lastName(), before.outletName())
                .equals(DuplicateKeys.nameAndOutlet(d.firstName(), d.lastName(), d.outletName()));
        String last = nameMoved && !homonymConfirmed && d.outletName() != null ? d.lastName() : null;
        if (email == null && mobile == null && last == null) {
            return;
        }
        ContactDetails probe = new ContactDetails(null, d.firstName(), d.lastName(), null, last == null ? null : d.outletName(),
                null, null, null, mobile, email, null, null, null, null, null, null, null, null, null, false, null, false, null);
        ContactRow found = null;
        String on = null;
        for (ContactRow other : contacts.sameKeys(email, mobile, last, self)) {
            String key = DuplicateKeys.shared(probe, other.email(), other.mobile(), other.firstName(), other.lastName(), other.outletName());
            if (key != null && (on == null || DuplicateKeys.refuses(key) && !DuplicateKeys.refuses(on))) {
                found = other;
                on = key;
            }
        }
        if (found != null) {
            throw new DuplicateContactException(found.id(), on, found.fullName(), found.outletName());
        }
    }

    /**
     * Writes, and answers a save that lost the race to a concurrent one (both passed the check, the
     * database's unique key refused the second) as the check would have: the card that holds the key.
     */
    private void saving(ContactDetails d, Runnable write) {
        try {
            write.run();
        } catch (ContactRepository.KeyTaken e) {
            String value = DuplicateKeys.EMAIL.equals(e.key()) ? EmailAddress.normalize(d.email()) : d.mobile();
            ContactRow holder = contacts.holder(e.key(), value).orElseThrow(() -> new Refused(e.key(), "contact.duplicate." + e.key()));
            throw new DuplicateContactException(holder.id(), e.key(), holder.fullName(), holder.outletName());
        }
    }

    /** The reason kept on the sequences a "no" closed: which flag, and the reason typed with it. */
    static String why(ContactDetails d) {
        if (d.optedOut()) {
            return "Ne plus relancer" + (d.optedOutReason() == null ? "" : " : " + d.optedOutReason());
        }
        return "Ne pas appeler" + (d.doNotCallReason() == null ? "" : " : " + d.doNotCallReason());
    }

    @RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
    public void delete(long id) {
        Contact contact = load(id);
        if (contacts.followedUp(id)) {
            throw new Refused("contact", "contact.delete.followedUp"); // its calls feed bilans; erasure is the way
        }
        contacts.remove(contact);
    }

    /**
     * GDPR erasure: the person disappears from every list; the row stays as an anonymous tombstone,
     * their SMS and emails keep no number, address or text, their planned calls are cancelled, and
     * every free text of the agency that names them (an import's report, an error, a reason, a
     * note, a coverage title) has the mention replaced.
     */
    @RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
    public void erase(long id) {
        Contact contact = load(id);
        ContactDetails d = contact.details();
        // how they show in text, read before the card is blanked
        List<String> numbers = new ArrayList<>();
        for (String n : new String[]{d.mobile(), d.landline(), contact.getWrongNumber()}) {
            if (n != null && !n.isBlank()) {
                numbers.add(n);
            }
        }
        PersonTraces traces = PersonTraces.of(d.firstName(), d.lastName(), d.email(), numbers);
        // what was running stops first, then the person leaves only fingerprints behind
        suppressions.remember(d, "Effacement RGPD");
        contact.erase(clock.instant());
        withdraw(List.of(id), "Effacement RGPD");
        channels.erase(id);
        records.erase(id, traces);
        merger.forget(id); // a merge record keeps the removed copy's name and address
    }

    /** The suppression list, newest first: fingerprints, never an address. */
    @RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
    public List<SuppressionEntry> suppressions(int first, int size) {
        return suppressions.page(first, size);
    }

    @RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
    public long countSuppressions() {
        return suppressions.count();
    }

    /** GDPR access: everything the agency holds on the person, for a JSON download. */
    @RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
    public Map<String, Object> personalData(long id) {
        Contact c = load(id);
        ContactDetails d = c.details();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", c.getId());
        data.put("civility", d.civility() == null ? null : d.civility().name());
        data.put("firstName", d.firstName());
        data.put("lastName", d.lastName());
        data.put("beat", d.beat());
        data.put("outlet", d.outletName());
        data.put("topics", io.relance.domain.contact.Topics.read(d.topics()));
        data.put("tier", d.tier() == null ? null : d.tier().name());
        data.put("landline", d.landline());
        data.put("mobile", d.mobile());
        data.put("email", d.email());
        data.put("timeZone", d.timeZone());
        data.put("callWindows", d.callWindows());
        data.put("language", d.language());
        data.put("relationshipOwner", d.ownerEmail());
        data.put("notes", d.notes());
        data.put("confidentialNotes", d.confidentialNotes());
        data.put("legalBasis", d.legalBasis() == null ? null : d.legalBasis().name());
        data.put("legalBasisDate", d.legalBasisDate() == null ? null : d.legalBasisDate().toString());
        data.put("legalBasisSource", d.legalBasisSource());
        data.put("doNotCall", d.doNotCall());
        data.put("doNotCallSince", c.getDoNotCallAt() == null ? null : c.getDoNotCallAt().toString());
        data.put("doNotCallReason", d.doNotCallReason());
        data.put("optedOut", d.optedOut());
        data.put("optedOutSince", c.getOptedOutAt() == null ? null : c.getOptedOutAt().toString());
        data.put("optedOutReason", d.optedOutReason());
        data.put("createdAt", c.getCreatedAt().toString());
        data.put("updatedAt", c.getUpdatedAt().toString());
        data.putAll(channels.of(id)); // the SMS and emails sent to the person, and their replies
        data.putAll(records.history(id)); // their calls (the caller's role), sequences, callbacks and coverage
        data.put("formerOutlets", merger.formerOutlets(id).stream().map(f -> Map.of("outlet", f.outletName(),
                "from", f.from() == null ? "" : f.from().toString(), "until", f.until().toString())).toList());
        // the cards merged into this one: what they held of the person is the person's too
        data.put("mergedCards", merger.merges(id).stream().map(m -> {
            Map<String, Object> card = new LinkedHashMap<>();
            card.put("mergedAt", m.getCreatedAt().toString());
            card.put("name", m.getRemovedName());
            card.put("outlet", m.getRemovedOutlet());
            card.put("email", m.getRemovedEmail());
            card.put("mobile", m.getRemovedMobile());
            card.put("landline", m.getRemovedLandline());
            return card;
        }).toList());
        return data;
    }

    /** The person said no (or was erased): what was running for them ends now; answers what ended. */
    private Withdrawn withdraw(List<Long> ids, String reason) {
        PersonSaidNo no = new PersonSaidNo(ids, current.email(), reason);
        saidNo.fire(no);
        return no.ended();
    }

    private Contact load(long id) {
        return contacts.find(id).orElseThrow(() -> new NotFoundException("Contact " + id));
    }

    private ContactDetails check(ContactInput input) {
        ContactRules.Checked checked = ContactRules.check(input, book.region());
        List<Problem> problems = new ArrayList<>(checked.problems());
        if (checked.details() != null && checked.details().ownerEmail() != null
                && staff.findByEmail(checked.details().ownerEmail()).isEmpty()) {
            problems.add(new Problem("owner", "contact.owner.unknown", checked.details().ownerEmail()));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return checked.details();
    }

    /** The outlet typed on the form: matched by name (case and accents ignored), else created. */
    private Outlet outletNamed(String name) {
        if (name == null) {
            return null;
        }
        return outlets.findByName(name).orElseGet(() -> {
            Outlet created = new Outlet(new OutletDetails(name, null, null, null, null, null, null), clock.instant());
            outlets.add(created);
            return created;
        });
    }

    private StaffMember ownerOf(ContactDetails d) {
        return d.ownerEmail() == null ? null : staff.findByEmail(d.ownerEmail()).orElse(null);
    }
}
