package io.relance.interfaces.web.contacts;

import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.contacts.ContactCard;
import io.relance.application.contacts.ContactService;
import io.relance.application.contacts.ContactMerges;
import io.relance.application.contacts.FormerOutletRow;
import io.relance.application.contacts.MergeRecord;
import io.relance.application.staff.CurrentStaff;
import io.relance.domain.contact.PhoneNumbers;
import io.relance.domain.contact.Topics;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Pages;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.JsonbBuilder;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Backs app/contacts/contact.xhtml?id=N: the card, GDPR export and erasure, deletion. Foreign ids are 404. */
@Named
@ViewScoped
public class ContactCardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactService contacts;

    @Inject
    ContactMerges contactMerges;

    @Inject
    CurrentStaff current;

    private Long id;
    private ContactCard card;
    private List<MergeRecord> merges = List.of();
    private List<FormerOutletRow> formerOutlets = List.of();

    public void load() {
        try {
            if (id == null) {
                throw new NotFoundException("Contact");
            }
            card = contacts.card(id);
            formerOutlets = contacts.formerOutlets(id);
            merges = current.isSenior() ? contactMerges.merges(id) : List.of(); // merging is theirs, and so is its record
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    public StreamedContent personalData() {
        long contactId = card.id();
        return DefaultStreamedContent.builder().name("contact-" + contactId + ".json").contentType("application/json")
                .writer(out -> {
                    try (var jsonb = JsonbBuilder.create()) {
                        out.write(jsonb.toJson(contacts.personalData(contactId)).getBytes(StandardCharsets.UTF_8));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).build();
    }

    public void erase() throws IOException {
        contacts.erase(card.id());
        leave("contact.erased");
    }

    public void delete() throws IOException {
        try {
            contacts.delete(card.id());
            leave("contact.deleted");
        } catch (Refused e) {
            Refusals.show(e, "actions");
        }
    }

    private void leave(String key) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(key);
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/app/contacts/list.xhtml");
    }

    public String phone(String e164) {
        return PhoneNumbers.international(e164);
    }

    public String topics(String stored) {
        return Topics.display(stored);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** "Anciens médias": the outlets the journalist left, latest first. */
    public List<FormerOutletRow> getFormerOutlets() {
        return formerOutlets;
    }

    /** The merges into this card, newest first (chefs de projet and directeur). */
    public List<MergeRecord> getMerges() {
        return merges;
    }

    public ContactCard getCard() {
        return card;
    }
}
