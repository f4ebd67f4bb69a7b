package io.relance.interfaces.web.contacts;

import io.relance.application.common.Bounds;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.contacts.OutletQuery;
import io.relance.application.contacts.OutletRow;
import io.relance.application.contacts.OutletService;
import io.relance.application.imports.ExportService;
import io.relance.domain.contact.ClosingDay;
import io.relance.domain.contact.OutletDetails;
import io.relance.domain.contact.OutletInput;
import io.relance.domain.contact.OutletType;
import io.relance.domain.contact.Periodicity;
import io.relance.domain.contact.Scale;
import io.relance.domain.contact.Tier;
import io.relance.domain.contact.Topics;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Refusals;
import io.relance.interfaces.web.session.PageModel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** The outlets list with its filters, and the dialog that creates or edits one outlet. */
@Named
@ViewScoped
public class OutletListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutletService outlets;

    @Inject
    ExportService exports;

    private String text;
    private OutletType type;
    private Periodicity periodicity;
    private Tier tier;
    private String topic;
    private transient PageModel<OutletRow> model; // built by its getter: see PageModel
    private Long editing;
    private String name;
    private String editType;
    private String editPeriodicity;
    private String editClosing;
    private String editScale;
    private String editTier;
    private String editTopics;
    private OutletRow deleting;

    private OutletQuery query(OutletQuery.Sort sort, boolean ascending) {
        return new OutletQuery(text, type, periodicity, tier, topic, sort, ascending);
    }

    /** A page in the order of the table's sorted column (by name when none). */
    private List<OutletRow> page(int first, int size, String column, boolean ascending) {
        OutletQuery.Sort sort = switch (column == null ? "" : column) {
            case "type" -> OutletQuery.Sort.TYPE;
            case "periodicity" -> OutletQuery.Sort.PERIODICITY;
            case "tier" -> OutletQuery.Sort.TIER;
            case "contacts" -> OutletQuery.Sort.CONTACTS;
            default -> OutletQuery.Sort.NAME;
        };
        return outlets.page(query(sort, ascending), first, size);
    }

    public void startNew() {
        editing = null;
        name = editType = editPeriodicity = editClosing = editScale = editTier = editTopics = null;
    }

    public void startEdit(OutletRow row) {
        try {
            OutletDetails d = outlets.details(row.id());
            editing = row.id();
            name = d.name();
            editType = d.type() == null ? null : d.type().name();
            editPeriodicity = d.periodicity() == null ? null : d.periodicity().name();
            editClosing = d.closingDay() == null ? null : d.closingDay().display(FacesContext.getCurrentInstance().getViewRoot().getLocale());
            editScale = d.scale() == null ? null : d.scale().name();
            editTier = d.tier() == null ? null : d.tier().name();
            editTopics = Topics.display(d.topics());
        } catch (NotFoundException e) {
            Messages.error(null, "error.404.text");
        }
    }

    public void save() {
        OutletInput input = new OutletInput(name, editType, editPeriodicity, editClosing, editScale, editTier, editTopics);
        try {
            if (editing == null) {
                outlets.create(input);
            } else {
                outlets.update(editing, input);
            }
            Messages.info("outlet.saved", name);
            PrimeFaces.current().executeScript("PF('outletDialog').hide()");
        } catch (Refused e) {
            Refusals.show(e, "outletForm");
        }
    }

    public void confirmDelete(OutletRow row) {
        deleting = row;
    }

    public void delete() {
        long had = outlets.delete(deleting.id());
        Messages.info("outlet.deleted", deleting.name(), had);
        deleting = null;
    }

    public String closing(OutletRow row) {
        ClosingDay day = row.closingWeekday() != null ? new ClosingDay(DayOfWeek.of(row.closingWeekday()), null)
                : row.closingMonthDay() != null ? new ClosingDay(null, row.closingMonthDay()) : null;
        return day == null ? "" : day.display(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public StreamedContent export(String format) {
        ExportService.Format f = ExportService.Format.valueOf(format);
        return DefaultStreamedContent.builder().name("medias-" + LocalDate.now() + "." + format.toLowerCase())
                .contentType(f == ExportService.Format.XLSX
                        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8")
                .writer(out -> exports.outlets(f, out)).build();
    }

    public OutletType[] getTypes() { return OutletType.values(); }
    public Periodicity[] getPeriodicities() { return Periodicity.values(); }
    public Scale[] getScales() { return Scale.values(); }
    public Tier[] getTiers() { return Tier.values(); }
    public PageModel<OutletRow> getModel() {
        if (model == null) {
            model = new PageModel<>(this::page, () -> outlets.count(query(OutletQuery.Sort.NAME, true)), OutletRow::id);
        }
        return model;
    }
    public String getText() { return text; }
    public void setText(String v) { text = Bounds.cut(v); }
    public OutletType getType() { return type; }
    public void setType(OutletType v) { type = v; }
    public Periodicity getPeriodicity() { return periodicity; }
    public void setPeriodicity(Periodicity v) { periodicity = v; }
    public Tier getTier() { return tier; }
    public void setTier(Tier v) { tier = v; }
    public String getTopic() { return topic; }
    public void setTopic(String v) { topic = Bounds.cut(v); }
    public Long getEditing() { return editing; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getEditType() { return editType; }
    public void setEditType(String v) { editType = v; }
    public String getEditPeriodicity() { return editPeriodicity; }
    public void setEditPeriodicity(String v) { editPeriodicity = v; }
    public String getEditClosing() { return editClosing; }
    public void setEditClosing(String v) { editClosing = v; }
    public String getEditScale() { return editScale; }
    public void setEditScale(String v) { editScale = v; }
    public String getEditTier() { return editTier; }
    public void setEditTier(String v) { editTier = v; }
    public String getEditTopics() { return editTopics; }
    public void setEditTopics(String v) { editTopics = v; }
    public OutletRow getDeleting() { return deleting; }
}
