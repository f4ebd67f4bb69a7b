package io.relance.interfaces.web.contacts;

import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.contacts.ContactCard;
import io.relance.application.contacts.ContactService;
import io.relance.application.contacts.DuplicateContactException;
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

    private static final long serialVersionUID = 1L;

    @Inject
    ContactService contacts;

    @Inject
    OutletService outlets;

    private Long id;
    private ContactForm form = new ContactForm();
    private boolean loaded;
    /** The contact already there that the last save ran into (shown with "ouvrir" / "fusionner"). */
    private Existing duplicate;

    /** The existing card a save ran into: its id, name, outlet, the key and whether it may be confirmed past. */
    public record Existing(long id, String name, String outlet, String matchedOn, boolean confirmable) implements Serializable {
    }

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
        save(false);
    }

    /** "Enregistrer quand même": a homonym at the same outlet the person knows to be someone else. */
    public void saveHomonym() throws IOException {
        save(true);
    }

    private void save(boolean homonymConfirmed) throws IOException {
        duplicate = null;
        try {
            long saved;
            Withdrawn ended = Withdrawn.NONE;
            if (id == null) {
                saved = contacts.create(form.input(), form.isPrivileged(), homonymConfirmed);
            } else {
                ended = contacts.update(id, form.input(), form.isPrivileged(), homonymConfirmed);
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
        } catch (DuplicateContactException e) {
            duplicate = new Existing(e.existingId(), e.existingName(), e.existingOutlet(), e.matchedOn(), e.confirmable());
            Refusals.show(e, "contact");
        } catch (Refused e) {
            Refusals.show(e, "contact");
        }
    }

    public Existing getDuplicate() {
        return duplicate;
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
