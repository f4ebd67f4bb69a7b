package io.relance.interfaces.rest;

import io.relance.application.campaigns.PolicyService;
import io.relance.application.common.Refused;
import io.relance.domain.contact.CallWindows;
import io.relance.domain.contact.Problem;
import io.relance.domain.sequence.ContactHours;
import io.relance.domain.sequence.Medium;
import io.relance.domain.sequence.PeriodicityTiming;
import io.relance.domain.sequence.SequencePlan;
import io.relance.domain.sequence.SlotPlanner;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Timing by periodicity (issue 19): each medium's call hours and lead before closing, and the agency's
 * working hours. Chefs de projet read them; only the directeur changes them (403 otherwise).
 */
@Path("policy/timing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TimingResource {

    /**
     * One medium: hours as "08:30-11:00,14:00-18:00", the lead (business days before a weekly's closing,
     * days before a monthly's), and, when read, the preset's slots as they are placed in these hours.
     */
    public record Row(String hours, Integer lead, String presetSlots) {
    }

    /** The working hours and the rows; a PUT may send only the rows it changes. */
    public record Timing(String working, Map<String, Row> media) {
    }

    @Inject
    PolicyService policies;

    @GET
    public Timing timing() {
        return json(policies.timing());
    }

    @PUT
    public Timing save(Timing body) {
        PeriodicityTiming timing = policies.timing();
        List<Problem> unreadable = new ArrayList<>();
        if (body != null && body.working() != null) {
            CallWindows w = hours("WORKING", body.working(), unreadable);
            timing = w == null ? timing : timing.withWorking(w.windows());
        }
        if (body != null && body.media() != null) {
            for (var e : body.media().entrySet()) {
                Medium medium = medium(e.getKey());
                if (medium == null || e.getValue() == null) {
                    unreadable.add(new Problem("media", "timing.medium.unknown", e.getKey()));
                    continue;
                }
                PeriodicityTiming.Hours now = timing.of(medium);
                Row row = e.getValue();
                CallWindows w = row.hours() == null ? new CallWindows(now.windows()) : hours(medium.name(), row.hours(), unreadable);
                if (w != null) {
                    timing = timing.with(medium, new PeriodicityTiming.Hours(w.windows(), row.lead() == null ? now.lead() : row.lead()));
                }
            }
        }
        if (!unreadable.isEmpty()) {
            throw new Refused(unreadable);
        }
        policies.saveTiming(timing);
        return timing();
    }

    /** Back to the documented defaults. */
    @DELETE
    public Timing restore() {
        policies.saveTiming(PeriodicityTiming.defaults());
        return timing();
    }

    private static Medium medium(String name) {
        try {
            return Medium.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private static CallWindows hours(String field, String text, List<Problem> problems) {
        CallWindows.Parsed parsed = CallWindows.parse(text);
        if (parsed.problem() != null || parsed.windows() == null) {
            problems.add(new Problem(field, "timing.hours.invalid", text));
            return null;
        }
        return parsed.windows();
    }

    static Timing json(PeriodicityTiming t) {
        SlotPlanner preset = new SlotPlanner(null, SequencePlan.PRM_3X3);
        Map<String, Row> rows = new java.util.LinkedHashMap<>();
        for (Medium m : Medium.values()) {
            PeriodicityTiming.Hours h = t.of(m);
            rows.put(m.name(), new Row(new CallWindows(h.windows()).toString(), h.lead(),
                    new CallWindows(preset.forContact(t, new ContactHours(m, null)).daySlots()).toString()));
        }
        return new Timing(new CallWindows(t.working()).toString(), rows);
    }
}
