package io.relance.interfaces.web.dashboard;

import io.relance.application.bilan.BilanLine;
import io.relance.application.clientaccess.ClientPage;
import io.relance.application.dashboard.Dashboards;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** A campaign's dashboard: the funnel, per caller, per periodicity, and the pick-up rate per day × slot. */
@Named
@ViewScoped
public class CampaignDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One step of the funnel, for its chart. */
    record Step(String label, long n) {
    }

    @Inject
    Dashboards dashboards;

    private Long id;
    private Dashboards.OfCampaign data;

    public void load() {
        Pages.loadById(id, data != null, "/app/campagnes/list.xhtml", () -> data = dashboards.campaign(id));
    }

    public String getFunnelChart() {
        ClientPage.Funnel f = data.page().funnel();
        List<Step> steps = List.of(new Step(Messages.text("client.funnel.targeted"), f.targeted()),
                new Step(Messages.text("client.funnel.attempts"), f.attempts()), new Step(Messages.text("client.funnel.pickUps"), f.pickUps()),
                new Step(Messages.text("client.funnel.answers"), f.answers()), new Step(Messages.text("bilan.decided"), f.decided()),
                new Step(Messages.text("coverage.title"), f.coverage()));
        return Charts.bars(steps, Step::label, true, new Charts.Series<>(Messages.text("client.funnel"), Charts.BLUE, Step::n));
    }

    public String getCallerChart() {
        return lines(data.perCaller());
    }

    public String getPeriodicityChart() {
        return lines(data.page().perPeriodicity());
    }

    private static String lines(List<BilanLine> lines) {
        return Charts.bars(lines, l -> l.getKey().isEmpty() ? "—" : periodicityOrName(l.getKey()), false,
                new Charts.Series<>(Messages.text("bilan.attempts"), Charts.BLUE, BilanLine::getAttempts),
                new Charts.Series<>(Messages.text("bilan.pickUps"), Charts.GREEN, BilanLine::getPickUps),
                new Charts.Series<>(Messages.text("bilan.yes"), Charts.AMBER, BilanLine::getYes));
    }

    /** A periodicity key is shown in the reader's words; a caller's name as it is. */
    private static String periodicityOrName(String key) {
        boolean periodicity = java.util.Arrays.stream(io.relance.domain.contact.Periodicity.values()).anyMatch(p -> p.name().equals(key));
        return periodicity ? Messages.text("enum.Periodicity." + key) : key;
    }

    /** The heat map's rows (sequence days) and columns (slots; booked callbacks, slot 0, are left out). */
    public List<Integer> getDays() {
        return java.util.stream.IntStream.rangeClosed(1, (int) data.maxDay()).boxed().toList();
    }

    public List<Integer> getSlots() {
        return java.util.stream.IntStream.rangeClosed(1, (int) data.maxSlot()).boxed().toList();
    }

    /** The cell's colour: the higher the pick-up rate, the deeper the green. */
    public String heatStyle(int day, int slot) {
        Dashboards.Cell c = data.cell(day, slot);
        double alpha = c.attempts() == 0 ? 0 : 0.12 + 0.78 * c.rate() / 100.0;
        return "background: rgba(16, 185, 129, " + String.format(java.util.Locale.ROOT, "%.2f", alpha) + ")";
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Dashboards.OfCampaign getData() { return data; }
}
