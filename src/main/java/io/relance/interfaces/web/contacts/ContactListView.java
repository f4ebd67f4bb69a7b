package io.relance.interfaces.web.contacts;

import io.relance.application.common.Bounds;
import io.relance.application.common.Refused;
import io.relance.application.contacts.BulkContactService;
import io.relance.application.contacts.ContactQuery;
import io.relance.application.contacts.ContactRow;
import io.relance.application.contacts.ContactService;
import io.relance.application.contacts.Selection;
import io.relance.application.imports.ExportService;
import io.relance.domain.contact.OutletType;
import io.relance.domain.contact.Tier;
import io.relance.domain.staff.StaffMember;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Refusals;
import io.relance.interfaces.web.session.PageModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The contacts list: search and filters, a lazy table, bulk actions on the ticked contacts or on
 * everything the filters find, and exports of the filtered list.
 */
@Named
@ViewScoped
public class ContactListView implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Action {
        TAG, TIER, OWNER, DO_NOT_CALL, DELETE
    }

    @Inject
    ContactService contacts;

    @Inject
    BulkContactService bulk;

    @Inject
    ExportService exports;

    private String text;
    private Tier tier;
    private String topic;
    private OutletType outletType;
    private Long ownerId;
    private Boolean doNotCall;
    private transient PageModel<ContactRow> model; // built by its getter: see PageModel
    private List<ContactRow> selected = new ArrayList<>();
    private Action action = Action.TAG;
    private boolean wholeList;
    private String value;
    private Tier newTier = Tier.A;
    private Long newOwner;

    /** A page in the order of the table's sorted column (by name when none). */
    private List<ContactRow> page(int first, int size, String column, boolean ascending) {
        ContactQuery q = query();
        if (column != null) {
            ContactQuery.Sort field = switch (column) {
                case "outlet" -> ContactQuery.Sort.OUTLET;
                case "tier" -> ContactQuery.Sort.TIER;
                case "created" -> ContactQuery.Sort.CREATED;
                default -> ContactQuery.Sort.NAME;
            };
            q = new ContactQuery(q.text(), q.tier(), q.topic(), q.outletId(), q.outletType(), q.periodicity(), q.ownerId(), q.doNotCall(),
                    field, ascending);
        }
        return contacts.page(q, first, size);
    }

    public ContactQuery query() {
        return new ContactQuery(text, tier, topic, null, outletType, null, ownerId, doNotCall, ContactQuery.Sort.NAME, true);
    }

    public void search() {
        selected = new ArrayList<>();
    }

    public void reset() {
        text = null;
        tier = null;
        topic = null;
        outletType = null;
        ownerId = null;
        doNotCall = null;
        selected = new ArrayList<>();
    }

    public long getMatching() {
        return contacts.count(query());
    }

    /** Applies the chosen bulk action after the confirmation dialog. */
    public void apply() {
        Selection selection = wholeList ? Selection.matching(query()) : Selection.of(selected.stream().map(ContactRow::id).toList());
        try {
            int changed = switch (action) {
                case TAG -> bulk.tag(selection, value);
                case TIER -> bulk.setTier(selection, newTier);
                case OWNER -> bulk.assignOwner(selection, newOwner == null ? -1 : newOwner);
                case DO_NOT_CALL -> bulk.markDoNotCall(selection, value);
                case DELETE -> bulk.delete(selection);
            };
            Messages.info(action == Action.DELETE ? "contacts.bulk.deleted" : "contacts.bulk.done", changed);
            selected = new ArrayList<>();
            value = null;
        } catch (Refused e) {
            Refusals.show(e, "contacts");
        } catch (io.relance.application.common.NotFoundException e) {
            Messages.error(null, "contact.owner.unknown");
        }
    }

    public StreamedContent export(String format) {
        ExportService.Format f = ExportService.Format.valueOf(format);
        ContactQuery q = query();
        return DefaultStreamedContent.builder()
                .name("contacts-" + LocalDate.now() + "." + format.toLowerCase())
                .contentType(f == ExportService.Format.XLSX
                        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8")
                .writer(out -> exports.contacts(q, f, out)).build();
    }

    public List<StaffMember> getOwners() {
        return contacts.owners();
    }

    public Tier[] getTiers() {
        return Tier.values();
    }

    public OutletType[] getOutletTypes() {
        return OutletType.values();
    }

    public Action[] getActions() {
        return Action.values();
    }

    public PageModel<ContactRow> getModel() {
        if (model == null) {
            model = new PageModel<>(this::page, () -> contacts.count(query()), ContactRow::id);
        }
        return model;
    }
    public String getText() { return text; }
    public void setText(String text) { this.text = Bounds.cut(text); }
    public Tier getTier() { return tier; }
    public void setTier(Tier tier) { this.tier = tier; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = Bounds.cut(topic); }
    public OutletType getOutletType() { return outletType; }
    public void setOutletType(OutletType outletType) { this.outletType = outletType; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public Boolean getDoNotCall() { return doNotCall; }
    public void setDoNotCall(Boolean doNotCall) { this.doNotCall = doNotCall; }
    public List<ContactRow> getSelected() { return selected; }
    public void setSelected(List<ContactRow> selected) { this.selected = selected == null ? new ArrayList<>() : selected; }
    public Action getAction() { return action; }
    public void setAction(Action action) { this.action = action; }
    public boolean isWholeList() { return wholeList; }
    public void setWholeList(boolean wholeList) { this.wholeList = wholeList; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public Tier getNewTier() { return newTier; }
    public void setNewTier(Tier newTier) { this.newTier = newTier; }
    public Long getNewOwner() { return newOwner; }
    public void setNewOwner(Long newOwner) { this.newOwner = newOwner; }
}
