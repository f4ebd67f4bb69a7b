package io.relance.application.campaigns;

import io.relance.domain.sequence.ContactHours;
import io.relance.domain.sequence.PeriodicityTiming;
import io.relance.domain.sequence.SlotPlanner;

import java.util.HashMap;
import java.util.Map;

/**
 * The planners of one launch or resumption (issue 19, timing by periodicity): each contact's day
 * slots inside their medium's hours and their own call windows, with their medium's lead before
 * closing. Contacts sharing a medium and windows share a planner: placing is done once per pair,
 * not once per contact.
 */
final class Timing {

    private final SlotPlanner base;
    private final PeriodicityTiming timing;
    private final Map<Long, ContactHours> hours;
    private final Map<ContactHours, SlotPlanner> planners = new HashMap<>();

    Timing(SlotPlanner base, PeriodicityTiming timing, Map<Long, ContactHours> hours) {
        this.base = base;
        this.timing = timing;
        this.hours = hours;
    }

    /** The planner of one contact (working hours and the template's slots when nothing is known of them). */
    SlotPlanner of(long contactId) {
        return planners.computeIfAbsent(hours.getOrDefault(contactId, ContactHours.NONE), h -> base.forContact(timing, h));
    }
}
