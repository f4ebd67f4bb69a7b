package io.relance.application.imports;

import io.relance.domain.contact.Contact;
import io.relance.domain.contact.Outlet;
import io.relance.domain.imports.Existing;
import io.relance.domain.imports.ImportMapping;
import io.relance.domain.imports.ImportReport;
import io.relance.domain.imports.ImportTarget;
import io.relance.domain.staff.StaffMember;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The imports' port: saved mappings, import reports, the keys of what the agency has (read once
 * per import, not once per line), and what the writer of a plan needs to change contacts and
 * outlets chunk by chunk in one transaction.
 */
public interface ImportRepository {

    /** Every contact's duplicate keys, every outlet's name and every staff email. */
    Existing existing();

    /** Staff ids by lower-cased email. */
    Map<String, Long> staffIdsByEmail();

    List<ImportMapping> mappings(ImportTarget target);

    Optional<ImportMapping> mapping(long id);

    Optional<ImportMapping> mappingNamed(ImportTarget target, String name);

    /** Stores a mapping or a report now (its id is known on return). */
    void add(Object entity);

    void remove(Object entity);

    Optional<ImportReport> report(long id);

    List<ImportSummary> reports(int first, int size);

    long countReports();

    /** The contacts of these ids, with their outlet, in one query. */
    List<Contact> contactsWithOutlet(Collection<Long> ids);

    /**
     * Every outlet's id by its name folded ({@code Choice.fold}: case and accents ignored), the first
     * one read winning; a fresh map, to which the caller adds the outlets it creates.
     */
    Map<String, Long> outletIdsByName();

    Optional<Outlet> outlet(long id);

    /**
     * A new outlet, its id known on return, without flushing what else changed: an import adds
     * them one after another and a flush each time would check every entity read so far again.
     */
    void addOutlet(Outlet outlet);

    /** The outlet to point a contact at, without reading it. */
    Outlet outletReference(long id);

    /** The staff member to make a contact's owner, without reading them. */
    StaffMember staffReference(long id);

    /** Writes the changes made so far (set-based SQL that follows reads them). */
    void flush();

    /** Lets go of the entities read so far (a chunk of updates is done). */
    void clear();

    /**
     * Across agencies: every import still RUNNING that started before {@code startedBefore} is
     * FAILED as of {@code now}. Returns how many.
     */
    int failRunningStartedBefore(Instant startedBefore, Instant now);
}
