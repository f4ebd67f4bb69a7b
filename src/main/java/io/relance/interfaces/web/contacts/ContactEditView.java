package io.relance.interfaces.web.contacts;

import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.contacts.ContactCard;
import io.relance.application.contacts.ContactService;
import io.relance.application.contacts.OutletService;
import io.relance.domain.contact.Civility;
import io.relance.domain.contact.LegalBasis;
import io.relance.domain.contact.Tier;
import io.relance.domain.contact.Withdrawn;
import io.relance.domain.staff.StaffMember;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Pages;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** Backs app/contacts/edit.xhtml (new) and edit.xhtml?id=N (change); each problem shows by its field. */
@Named
@ViewScoped
public class ContactEditView implements Serializable {

    @Inject
    ContactService contacts;

    @Inject
    OutletService outlets;

    private Long id;
    private ContactForm form = new ContactForm();
    private boolean loaded;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            return;
        }
        try {
            ContactCard card = contacts.card(id);
            form = ContactForm.of(card.details(), card.privileged());
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    public void save() throws IOException {
        try {
            long saved;
            Withdrawn ended = Withdrawn.NONE;
            if (id == null) {
                saved = contacts.create(form.input(), form.isPrivileged());
            } else {
                ended = contacts.update(id, form.input(), form.isPrivileged());
                saved = id;
            }
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("contact.saved");
            if (ended.any()) {
                // the chef sees at once that the "no" took effect everywhere
                Messages.info("contact.withdrawn", ended.sequences(), ended.calls(), ended.sms() + ended.emails());
            }
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/app/contacts/contact.xhtml?id=" + saved);
        } catch (Refused e) {
            Refusals.show(e, "contact");
        }
    }

    public List<String> suggestOutlets(String prefix) {
        return outlets.suggest(prefix);
    }

    public List<StaffMember> getOwners() {
        return contacts.owners();
    }

    public Civility[] getCivilities() { return Civility.values(); }
    public Tier[] getTiers() { return Tier.values(); }
    public LegalBasis[] getLegalBases() { return LegalBasis.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ContactForm getForm() { return form; }
}
