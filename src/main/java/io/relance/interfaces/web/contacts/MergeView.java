package io.relance.interfaces.web.contacts;

import io.relance.application.common.Bounds;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.contacts.ContactCard;
import io.relance.application.contacts.ContactMerges;
import io.relance.application.contacts.ContactQuery;
import io.relance.application.contacts.ContactRow;
import io.relance.application.contacts.ContactService;
import io.relance.domain.contact.ContactDetails;
import io.relance.domain.contact.MergeField;
import io.relance.domain.contact.PhoneNumbers;
import io.relance.domain.contact.Topics;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Pages;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Backs app/contacts/merge.xhtml?keep=N[&other=M]: "Fusionner avec…" from a card (pick the other
 * contact), or a pair of the duplicates list. Each value that differs is shown side by side and the
 * person ticks the ones to take from the other card; the merge itself is confirmed first (it deletes
 * the other card). Foreign or unknown ids are 404.
 */
@Named
@ViewScoped
public class MergeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactService contacts;

    @Inject
    ContactMerges merges;

    private Long keep;
    private Long other;
    private ContactCard kept;
    private ContactCard removed;
    private List<FieldRow> fields = List.of();
    private String search;
    private List<ContactRow> candidates = List.of();
    private boolean loaded;

    /** One value the two cards do not share: the kept one's, the other's, and whether to take the other's. */
    public static final class FieldRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final MergeField field;
        private final String keptValue;
        private final String otherValue;
        private boolean takeOther;

        FieldRow(MergeField field, String keptValue, String otherValue) {
            this.field = field;
            this.keptValue = keptValue;
            this.otherValue = otherValue;
        }

        public MergeField getField() { return field; }

        /** The form's own label key for the field ("field.firstName"...). */
        public String getLabelKey() {
            if (field == MergeField.OUTLET) {
                return "field.outletName";
            }
            StringBuilder key = new StringBuilder("field.");
            boolean upper = false;
            for (char c : field.name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
                if (c == '_') {
                    upper = true;
                } else {
                    key.append(upper ? Character.toUpperCase(c) : c);
                    upper = false;
                }
            }
            return key.toString();
        }
        public String getKeptValue() { return keptValue; }
        public String getOtherValue() { return otherValue; }
        public boolean isTakeOther() { return takeOther; }
        public void setTakeOther(boolean takeOther) { this.takeOther = takeOther; }
    }

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            if (keep == null) {
                throw new NotFoundException("Contact");
            }
            kept = contacts.card(keep);
            if (other != null) {
                choose(other);
            }
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    /** The other contact, picked from the search or given by the duplicates list. */
    public void choose(long otherId) {
        if (otherId == keep) {
            return;
        }
        removed = contacts.card(otherId);
        other = otherId;
        List<FieldRow> rows = new ArrayList<>();
        ContactDetails k = kept.details();
        ContactDetails o = removed.details();
        for (MergeField f : MergeField.values()) {
            String a = shown(f, k);
            String b = shown(f, o);
            if (!Objects.equals(a, b)) {
                rows.add(new FieldRow(f, a, b));
            }
        }
        fields = rows;
    }

    public void find() {
        String text = Bounds.cut(search);
        candidates = text == null || text.isBlank() ? List.of()
                : contacts.page(new ContactQuery(text, null, null, null, null, null, null, null, ContactQuery.Sort.NAME, true), 0, 10)
                .stream().filter(r -> !r.id().equals(keep)).toList();
    }

    public void merge() {
        Set<MergeField> fromOther = EnumSet.noneOf(MergeField.class);
        fields.stream().filter(FieldRow::isTakeOther).forEach(r -> fromOther.add(r.getField()));
        try {
            merges.merge(keep, other, fromOther);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("merge.done", removed.details().fullName());
            Pages.redirect("/app/contacts/contact.xhtml?id=" + keep);
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (Refused e) {
            Refusals.show(e, "merge");
        }
    }

    private static String shown(MergeField f, ContactDetails d) {
        Object v = f.of(d);
        if (v == null) {
            return null;
        }
        return switch (f) {
            case MOBILE, LANDLINE -> PhoneNumbers.international((String) v);
            case TOPICS -> Topics.display((String) v);
            case LEGAL_BASIS -> v + (d.legalBasisDate() == null ? "" : " " + d.legalBasisDate())
                    + (d.legalBasisSource() == null ? "" : " " + d.legalBasisSource());
            default -> v.toString();
        };
    }

    public Long getKeep() { return keep; }
    public void setKeep(Long keep) { this.keep = keep; }
    public Long getOther() { return other; }
    public void setOther(Long other) { this.other = other; }
    public ContactCard getKept() { return kept; }
    public ContactCard getRemoved() { return removed; }
    public List<FieldRow> getFields() { return fields; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public List<ContactRow> getCandidates() { return candidates; }
}
