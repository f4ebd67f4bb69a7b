package io.relance.application.imports;

import io.relance.application.common.GiveWay;
import io.relance.application.common.NotFoundException;
import io.relance.application.contacts.ContactBulkWriter;
import io.relance.application.contacts.ContactBulkWriter.NewContact;
import io.relance.application.contacts.SuppressionList;
import io.relance.application.preference.PreferencesKey;
import io.relance.domain.contact.Choice;
import io.relance.domain.contact.Contact;
import io.relance.domain.contact.ContactDetails;
import io.relance.domain.contact.Outlet;
import io.relance.domain.contact.OutletDetails;
import io.relance.domain.contact.PersonSaidNo;
import io.relance.domain.imports.ImportMode;
import io.relance.domain.imports.ImportReport;
import io.relance.domain.imports.ImportTarget;
import io.relance.domain.imports.PlannedRow;
import io.relance.domain.imports.PlannedRow.Action;
import io.relance.domain.preference.PersonKey;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.jboss.ejb3.annotation.TransactionTimeout;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Carries out an import plan in one transaction: the file goes in whole or not at all, so a failure
 * half-way leaves nothing half-imported, and the report says so. The plan is read from disk as it
 * is written, a chunk at a time. Called by {@link ImportRunner}
 * under the tenant of the report; never from a page.
 */
@Stateless
@PermitAll
public class ImportWriter {

    /** The longest a write may take: past it, the transaction is rolled back and nothing is imported. */
    static final int WRITE_TIMEOUT_MINUTES = 30;

    /** Known contacts updated per flush and clear of the session. */
    private static final int CHUNK = 500;

    /** New contacts screened and inserted at a time (a few JDBC batches): memory holds this many, not the file. */
    private static final int CREATES = 5_000;

    @Inject
    ImportRepository imports;

    @Inject
    ContactBulkWriter bulk;

    @Inject
    ImportProgress progress;

    @Inject
    SuppressionList suppressions;

    @Inject
    PreferencesKey preferencesKey;

    /**
     * The write rests while people are on the pages: an import is no one's phone call, and on a busy
     * node it took a core from the callers for seconds. The transaction lasts longer for it (up to
     * three times, see GiveWay), which new rows do not mind; a known contact it updates stays locked
     * that much longer, as in any import.
     */
    @Inject
    GiveWay giveWay;

    /** Observed by the sequences, which end what a "no" forbids in this same transaction. */
    @Inject
    Event<PersonSaidNo> saidNo;

    /** The report row, committed before the work starts so that the progress page can find it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long open(ImportReport report) {
        imports.add(report);
        return report.getId();
    }

    @TransactionTimeout(value = WRITE_TIMEOUT_MINUTES, unit = TimeUnit.MINUTES)
    public void write(long reportId, ImportTarget target, SpooledPlan plan, ImportMode mode, Locale locale) {
        ImportReport report = imports.report(reportId).orElseThrow(() -> new NotFoundException("Import " + reportId));
        if (mode == ImportMode.ALL_OR_NOTHING && plan.hasRejects()) {
            report.finish(ImportReport.Status.ABORTED, 0, 0, 0, plan.count(Action.REJECT),
                    new ReportText(locale).csv(plan, ImportReport.Status.ABORTED), Instant.now());
            return;
        }
        Instant now = Instant.now();
        if (target == ImportTarget.OUTLETS) {
            writeOutlets(reportId, plan, now);
        } else {
            writeContacts(reportId, report.getCreatedBy(), plan, now);
        }
        // read again: writing updates in chunks clears the session, which leaves the first copy detached
        report = imports.report(reportId).orElseThrow(() -> new NotFoundException("Import " + reportId));
        report.finish(ImportReport.Status.DONE, plan.count(Action.CREATE), plan.count(Action.UPDATE),
                plan.count(Action.SKIP), plan.count(Action.REJECT),
                new ReportText(locale).csv(plan, ImportReport.Status.DONE), Instant.now());
    }

    /** After a failed write (rolled back): the report says that nothing was imported. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long reportId, SpooledPlan plan, Locale locale) {
        imports.report(reportId).ifPresent(r -> r.finish(ImportReport.Status.FAILED, 0, 0, 0,
                plan.count(Action.REJECT), new ReportText(locale).csv(plan, ImportReport.Status.FAILED), Instant.now()));
    }

    /**
     * Reads the plan through once, a chunk of lines at a time: new contacts go in JDBC batches, known
     * ones are updated through the session, which is cleared after each chunk, so that memory holds
     * one chunk whatever the size of the file. New people the suppression list recognises arrive
     * opted out; a line that turns a flag on ends that person's running sequences in this same
     * transaction, as the contact form does.
     */
    private void writeContacts(long reportId, String by, SpooledPlan plan, Instant now) {
        Written done = new Written(giveWay.pace());
        Map<String, Long> outletIds = outlets(plan, now, done.pace);
        Map<String, Long> staffIds = imports.staffIdsByEmail();
        List<ContactDetails> fresh = new ArrayList<>(CREATES);
        List<PlannedRow> updates = new ArrayList<>(CHUNK);
        plan.forEach(row -> {
            done.pace.step();
            if (row.action() == Action.CREATE) {
                fresh.add(row.contact());
                if (fresh.size() == CREATES) {
                    insert(reportId, fresh, outletIds, staffIds, now, done);
                }
            } else if (row.action() == Action.UPDATE && row.existingId() != null) {
                updates.add(row);
                if (updates.size() == CHUNK) {
                    update(reportId, by, updates, outletIds, staffIds, now, done);
                }
            }
        });
        insert(reportId, fresh, outletIds, staffIds, now, done);
        update(reportId, by, updates, outletIds, staffIds, now, done);
    }

    /** Lines written so far, and the pace the write keeps. */
    private static final class Written {
        final GiveWay.Pace pace;
        int count;

        Written(GiveWay.Pace pace) {
            this.pace = pace;
        }
    }

    private void insert(long reportId, List<ContactDetails> fresh, Map<String, Long> outletIds, Map<String, Long> staffIds,
                        Instant now, Written done) {
        if (fresh.isEmpty()) {
            return;
        }
        List<NewContact> creates = new ArrayList<>(fresh.size());
        // keyed here rather than by the preference sweep afterwards, one UPDATE per contact (the
        // sweep's keys, the same function): 10,000 statements less per 10,000-line import
        Optional<PersonKey> key = preferencesKey.key();
        for (ContactDetails d : suppressions.screen(fresh)) {
            creates.add(new NewContact(d, outletId(outletIds, d.outletName()), d.ownerEmail() == null ? null : staffIds.get(d.ownerEmail()),
                    key.isPresent(), key.flatMap(k -> k.email(d.email())).orElse(null), key.flatMap(k -> k.phone(d.mobile())).orElse(null)));
        }
        int before = done.count;
        bulk.insert(creates, now, sent -> {
            progress.advance(reportId, before + sent);
            done.pace.step(); // after each JDBC batch: the database's share of the write rests too
        });
        done.count += creates.size();
        fresh.clear();
    }

    private void update(long reportId, String by, List<PlannedRow> chunk, Map<String, Long> outletIds,
                        Map<String, Long> staffIds, Instant now, Written done) {
        if (chunk.isEmpty()) {
            return;
        }
        Map<Long, PlannedRow> byId = new HashMap<>();
        chunk.forEach(r -> byId.put(r.existingId(), r));
        List<Contact> found = imports.contactsWithOutlet(byId.keySet());
        List<ContactDetails> merged = suppressions.screen(found.stream()
                .map(c -> c.details().overlay(byId.get(c.getId()).contact())).toList());
        List<Long> refusing = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Contact c = found.get(i);
            ContactDetails d = merged.get(i);
            Long outlet = outletId(outletIds, d.outletName());
            Long owner = d.ownerEmail() == null ? null : staffIds.get(d.ownerEmail());
            c.apply(d, outlet == null ? null : imports.outletReference(outlet),
                    owner == null ? null : imports.staffReference(owner), now);
            if (c.refusesCalls()) {
                refusing.add(c.getId());
            }
        }
        imports.flush();
        saidNo.fire(new PersonSaidNo(refusing, by, "Import : ne pas appeler ou ne plus relancer"));
        imports.clear();
        done.count += chunk.size();
        progress.advance(reportId, done.count);
        done.pace.step();
        chunk.clear();
    }

    /** Outlets named by the lines: matched by name, else created (with the first line's details). */
    private Map<String, Long> outlets(SpooledPlan plan, Instant now, GiveWay.Pace pace) {
        Map<String, Long> ids = imports.outletIdsByName();
        plan.forEach(row -> {
            pace.step();
            if ((row.action() == Action.CREATE || row.action() == Action.UPDATE) && row.contact() != null
                    && row.contact().outletName() != null && !ids.containsKey(Choice.fold(row.contact().outletName()))) {
                OutletDetails details = row.outlet() != null ? row.outlet()
                        : new OutletDetails(row.contact().outletName(), null, null, null, null, null, null);
                Outlet created = new Outlet(details, now);
                imports.addOutlet(created);
                ids.put(Choice.fold(details.name()), created.getId());
                letGoEvery(ids.size());
            }
        });
        return ids;
    }

    private static Long outletId(Map<String, Long> ids, String name) {
        return name == null ? null : ids.get(Choice.fold(name));
    }

    private void writeOutlets(long reportId, SpooledPlan plan, Instant now) {
        Written done = new Written(giveWay.pace());
        plan.forEach(row -> {
            done.pace.step();
            if (row.action() == Action.CREATE) {
                imports.addOutlet(new Outlet(row.outlet(), now));
            } else if (row.action() == Action.UPDATE && row.existingId() != null) {
                imports.outlet(row.existingId()).ifPresent(o -> o.apply(o.details().overlay(row.outlet())));
            }
            if (++done.count % CHUNK == 0) {
                progress.advance(reportId, done.count);
                letGoEvery(CHUNK);
            }
        });
    }

    /** Every {@link #CHUNK} outlets written, the session lets go of them: a file of outlets may be long too. */
    private void letGoEvery(int written) {
        if (written % CHUNK == 0) {
            imports.flush();
            imports.clear();
        }
    }
}
