package io.relance.interfaces.web.campaigns;

import io.relance.application.campaigns.PolicyService;
import io.relance.application.common.Refused;
import io.relance.domain.contact.CallWindows;
import io.relance.domain.contact.Problem;
import io.relance.domain.sequence.ContactHours;
import io.relance.domain.sequence.Medium;
import io.relance.domain.sequence.PeriodicityTiming;
import io.relance.domain.sequence.SequencePlan;
import io.relance.domain.sequence.SlotPlanner;
import io.relance.interfaces.web.session.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The directeur's table of timing by periodicity (issue 19): each medium's call hours and lead before
 * closing, with its documented default next to it and the preset's slots as they fall in these hours
 * (fewer a day when the hours leave no room: the reason is visible before any launch), plus the
 * agency's working hours, which bound callbacks. Changes apply to the next launch or resumption.
 */
@Named
@ViewScoped
public class TimingView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the table, as typed. {@code medium} null: the working hours. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Medium medium;
        private String hours;
        private int lead;
        private String slots;

        Row(Medium medium, String hours, int lead) {
            this.medium = medium;
            this.hours = hours;
            this.lead = lead;
        }

        public Medium getMedium() { return medium; }
        public String getKey() { return medium == null ? "WORKING" : medium.name(); }
        public String getHours() { return hours; }
        public void setHours(String hours) { this.hours = hours; }
        public int getLead() { return lead; }
        public void setLead(int lead) { this.lead = lead; }
        public String getSlots() { return slots; }
        /** Weeklies (business days) and monthlies (days) have a lead; the others none. */
        public String getLeadUnit() {
            return medium == null ? null : medium.leadInBusinessDays() ? "timing.lead.businessDays"
                    : medium.leadInDays() ? "timing.lead.days" : null;
        }
        public String getDefaults() {
            if (medium == null) {
                return new CallWindows(PeriodicityTiming.defaults().working()).toString().replace(",", ", ");
            }
            PeriodicityTiming.Hours d = PeriodicityTiming.defaultFor(medium);
            return new CallWindows(d.windows()).toString().replace(",", ", ") + (getLeadUnit() == null ? "" : " · " + d.lead());
        }
    }

    @Inject
    PolicyService policies;

    private List<Row> rows;

    public void load() {
        if (rows == null) {
            show(policies.timing());
        }
    }

    private void show(PeriodicityTiming t) {
        rows = new ArrayList<>();
        rows.add(new Row(null, new CallWindows(t.working()).toString(), 0));
        SlotPlanner preset = new SlotPlanner(null, SequencePlan.PRM_3X3);
        for (Medium m : Medium.values()) {
            PeriodicityTiming.Hours h = t.of(m);
            Row row = new Row(m, new CallWindows(h.windows()).toString(), h.lead());
            row.slots = new CallWindows(preset.forContact(t, new ContactHours(m, null)).daySlots()).toString().replace(",", ", ");
            rows.add(row);
        }
    }

    public void save() {
        PeriodicityTiming timing = PeriodicityTiming.defaults();
        boolean readable = true;
        for (Row row : rows) {
            CallWindows.Parsed parsed = CallWindows.parse(row.hours);
            if (parsed.problem() != null || parsed.windows() == null) {
                Messages.error(null, "timing.hours.invalid.row", label(row.getKey()), row.hours == null ? "" : row.hours);
                readable = false;
                continue;
            }
            timing = row.medium == null ? timing.withWorking(parsed.windows().windows())
                    : timing.with(row.medium, new PeriodicityTiming.Hours(parsed.windows().windows(), row.lead));
        }
        if (!readable) {
            return;
        }
        try {
            policies.saveTiming(timing);
            show(timing);
            Messages.info("timing.saved");
        } catch (Refused e) {
            for (Problem p : e.problems()) {
                Messages.error(null, p.key() + ".row", label(p.field()), p.value());
            }
        }
    }

    public void restore() {
        policies.saveTiming(PeriodicityTiming.defaults());
        show(PeriodicityTiming.defaults());
        Messages.info("timing.restored");
    }

    private static String label(String key) {
        return Messages.text("enum.Medium." + key);
    }

    public List<Row> getRows() { return rows; }
}
