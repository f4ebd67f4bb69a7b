package io.relance.application.reassignment;

import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.contacts.AddressBook;
import io.relance.application.staff.StaffRepository;
import io.relance.domain.campaign.Enrolment;
import io.relance.domain.contact.PhoneNumbers;
import io.relance.domain.staff.Role;
import io.relance.domain.staff.StaffMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "All of Léa's calls from Monday to Wednesday → Hugo": a caller's calls still to make over a
 * period (days in the agency's time zone) go to another caller in one transaction, except those
 * the launch's rule forbids for that caller, which stay and are listed with their reason.
 * A follow-up whose every call left goes to the new caller too (its callbacks, its load);
 * otherwise it stays with its caller and only the calls of the period are lent.
 */
@Stateless
@RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class BulkReassignService {

    /** Longer than a quarter is not a sick leave but a team change: disable or demote instead. */
    static final int MAX_DAYS = 92;

    @Inject
    StaffRepository staff;

    @Inject
    ReassignmentStore store;

    @Inject
    CallerRouting routing;

    @Inject
    AddressBook book;

    public BulkResult reassign(long callerId, LocalDate from, LocalDate to, long targetId) {
        StaffMember caller = staff.find(callerId).orElseThrow(() -> new NotFoundException("Staff " + callerId));
        StaffMember target = staff.find(targetId).orElseThrow(() -> new NotFoundException("Staff " + targetId));
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new Refused("from", "reassign.range.invalid");
        }
        if (callerId == targetId || !target.getRole().isStaff() || !target.isEnabled()) {
            throw new Refused("target", "reassign.target.invalid");
        }
        ZoneId zone = PhoneNumbers.zoneOfRegion(book.region());
        List<CallLine> calls = store.callsOf(callerId, from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
        Map<Long, List<CallLine>> byEnrolment = new LinkedHashMap<>();
        calls.forEach(c -> byEnrolment.computeIfAbsent(c.enrolmentId(), k -> new ArrayList<>()).add(c));

        List<CallLine> moved = new ArrayList<>();
        List<CallLine> refused = new ArrayList<>();
        for (var entry : byEnrolment.entrySet()) {
            Enrolment e = store.lockEnrolment(entry.getKey()).orElseThrow(); // the tenant's, just listed
            var refusal = routing.refusal(e, target);
            if (refusal.isPresent()) {
                entry.getValue().forEach(c -> refused.add(c.refused(refusal.get().messageKey())));
                continue;
            }
            store.moveTasks(e.getId(), entry.getValue().stream().map(CallLine::taskId).toList(), callerId, targetId);
            moved.addAll(entry.getValue());
            if (Long.valueOf(callerId).equals(e.getCallerId()) && store.tasksHeld(e.getId(), callerId) == 0) {
                e.assignTo(targetId);
            }
        }
        return new BulkResult(caller.getFullName(), target.getFullName(), moved, refused);
    }
}
