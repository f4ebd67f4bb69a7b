package io.relance.interfaces.web.campaigns;

import io.relance.application.campaigns.SplitService;
import io.relance.application.campaigns.TargetingService;
import io.relance.application.campaigns.targeting.Board;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Bounds;
import io.relance.application.common.Refused;
import io.relance.application.contacts.ContactQuery;
import io.relance.application.contacts.ContactService;
import io.relance.domain.contact.OutletType;
import io.relance.domain.contact.Periodicity;
import io.relance.domain.contact.Tier;
import io.relance.domain.targeting.CallMode;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Picks;
import io.relance.interfaces.web.session.PageModel;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The targeting of a campaign: add contacts by filters or one by one, see how many will be
 * followed up and why the others will not, and set a contact's own start day; each target's score
 * with its reasons, the two groups "à appeler" and "envoi seul" against the team's free capacity,
 * and the chef's one-click move between them. The board is computed once per change (a few grouped
 * queries) and paged here, so a page turn costs no query.
 */
@Named
@ViewScoped
public class TargetingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TargetingService targeting;

    @Inject
    ContactService contacts;

    @Inject
    SplitService split;

    @Inject
    CampaignView campaign;

    private String text;
    private OutletType outletType;
    private Periodicity periodicity;
    private Tier tier;
    private String topic;
    /** The picked suggestion, "Marie Dupont — Le Monde #42": the id closes it. */
    private String contact;
    private TargetingService.Summary summary;
    /*
     * Not carried in the session (written whole after every request: a campaign's board is a row per
     * target, hundreds of them): it stays in memory on the node that holds the session, and is
     * computed again, as after any change, on another node or when Faces let the page's beans go.
     */
    private transient Board board;
    /** The group shown: CALL, SEND_ONLY, or null for every target. */
    private CallMode group;
    /** The start day shown in each row, by contact id (filled from the page read). */
    private final Map<Long, Object> starts = new HashMap<>();
    private transient PageModel<Board.Row> model; // built by its getter: see PageModel

    /** One page of the shown group, by score (best first) unless the chef sorts by another column. */
    private List<Board.Row> page(int first, int size, String column, boolean ascending) {
        List<Board.Row> rows = new ArrayList<>(rows());
        Comparator<Board.Row> byScore = Comparator.comparing((Board.Row r) -> r.score() == null ? -1 : r.score());
        Comparator<Board.Row> order = "name".equals(column) ? Comparator.comparing((Board.Row r) -> r.target().name())
                : column == null ? byScore.reversed() : ascending ? byScore : byScore.reversed();
        rows.sort(order.thenComparing(r -> r.target().name()));
        List<Board.Row> shown = rows.subList(Math.min(first, rows.size()), Math.min(first + size, rows.size()));
        shown.forEach(r -> starts.put(r.contactId(), r.target().startOn()));
        return new ArrayList<>(shown);
    }

    private List<Board.Row> rows() {
        Board b = getBoard();
        return b == null ? List.of() : group == null ? b.rows() : b.group(group);
    }

    public Board getBoard() {
        if (board == null && campaign.getId() != null) {
            board = split.board(campaign.getId());
        }
        return board;
    }

    /** The team changed (its capacity with it): the split is read again. */
    public void refresh() {
        changed();
    }

    /** After any change: the board and the counts are read again. */
    private void changed() {
        summary = null;
        board = null;
    }

    /** Moves one person to the other group with one click; the move is kept and never undone by a new split. */
    public void move(Board.Row r) {
        CallMode to = r.mode() == CallMode.CALL ? CallMode.SEND_ONLY : CallMode.CALL;
        try {
            split.move(campaign.getId(), List.of(r.contactId()), to);
            changed();
            Messages.info("target.moved." + to.name(), r.target().name());
        } catch (Refused e) {
            Refusals.show(e, "targeting");
        } catch (NotFoundException e) {
            changed();
            Messages.error(null, "target.gone");
        }
    }

    public void allSendOnly() {
        try {
            int moved = split.allSendOnly(campaign.getId());
            changed();
            Messages.info("target.allSendOnly.done", moved);
        } catch (Refused e) {
            Refusals.show(e, "targeting");
        }
    }

    /**
     * A row's reasons as the chef reads them, strongest first: the first two shown in the row (the
     * rest in the tooltip). Cut here, not by ui:repeat's size, which fails a row with fewer reasons
     * than that (a target scored before reasons were kept).
     */
    public List<String> reasons(Board.Row r) {
        List<String> all = ReasonTexts.of(r.reasons());
        return all.size() <= 2 ? all : all.subList(0, 2);
    }

    public String reasonsText(Board.Row r) {
        return ReasonTexts.joined(r.reasons());
    }

    public void show(String mode) {
        group = mode == null || mode.isBlank() ? null : CallMode.parse(mode);
    }

    public String getGroup() {
        return group == null ? "" : group.name();
    }

    /** The counts above the table, from the board already read (its targets are judged): no second read of every target. */
    public TargetingService.Summary getSummary() {
        Board b = getBoard();
        if (summary == null && b != null) {
            summary = TargetingService.Summary.of(b.rows().stream().map(Board.Row::target).toList());
        }
        return summary;
    }

    public void addFiltered() {
        ContactQuery q = new ContactQuery(text, tier, topic, null, outletType, periodicity, null, null, ContactQuery.Sort.NAME, true);
        try {
            long added = targeting.addFiltered(campaign.getId(), q);
            Messages.info("target.added", added);
            changed();
        } catch (Refused e) {
            Refusals.show(e, "targeting");
        }
    }

    public void addOne() {
        Long picked = Picks.id(contact);
        if (picked == null) {
            Messages.error(null, "target.pick");
            return;
        }
        try {
            targeting.addOne(campaign.getId(), picked);
            Messages.info("target.addedOne", Picks.label(contact));
            contact = null;
            changed();
        } catch (Refused e) {
            Refusals.show(e, "targeting");
        }
    }

    public void remove(Board.Row r) {
        targeting.remove(campaign.getId(), List.of(r.contactId()));
        changed();
        Messages.info("target.removed", r.target().name());
    }

    public void startOn(Board.Row r) {
        try {
            targeting.startOn(campaign.getId(), r.contactId(), day(starts.get(r.contactId())));
            Messages.info("target.start.saved", r.target().name());
        } catch (Refused e) {
            Refusals.show(e, "targeting");
        }
    }

    /** The picker's value: a map entry has no declared type, so the picker may hand back any of these. */
    private static LocalDate day(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
        }
        return value == null || value.toString().isBlank() ? null : LocalDate.parse(value.toString().strip());
    }

    public List<String> suggest(String prefix) {
        return Picks.contacts(contacts, prefix);
    }

    public OutletType[] getOutletTypes() { return OutletType.values(); }
    public Periodicity[] getPeriodicities() { return Periodicity.values(); }
    public Tier[] getTiers() { return Tier.values(); }
    public PageModel<Board.Row> getModel() {
        if (model == null) {
            model = new PageModel<>(this::page, () -> rows().size(), Board.Row::contactId);
        }
        return model;
    }
    public Map<Long, Object> getStarts() { return starts; }
    public String getText() { return text; }
    public void setText(String text) { this.text = Bounds.cut(text); }
    public OutletType getOutletType() { return outletType; }
    public void setOutletType(OutletType outletType) { this.outletType = outletType; }
    public Periodicity getPeriodicity() { return periodicity; }
    public void setPeriodicity(Periodicity periodicity) { this.periodicity = periodicity; }
    public Tier getTier() { return tier; }
    public void setTier(Tier tier) { this.tier = tier; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = Bounds.cut(topic); }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
}
