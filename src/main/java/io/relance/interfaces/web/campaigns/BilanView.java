package io.relance.interfaces.web.campaigns;

import io.relance.application.bilan.Bilan;
import io.relance.application.bilan.BilanService;
import io.relance.application.campaigns.EnrolmentRow;
import io.relance.application.common.NotFoundException;
import io.relance.interfaces.web.session.PageModel;
import io.relance.interfaces.web.session.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** A campaign's bilan: totals, per caller, per slot, per periodicity, and per contact. */
@Named
@ViewScoped
public class BilanView implements Serializable {

    @Inject
    BilanService bilans;

    private Long id;
    private Bilan bilan;
    private final PageModel<EnrolmentRow> contacts = new PageModel<>((first, size) -> bilans.contacts(id, first, size),
            () -> bilan == null ? 0 : bilan.total().getEnrolled(), EnrolmentRow::id);

    public void load() {
        if (bilan != null) {
            return;
        }
        if (id == null) {
            Pages.redirect("/app/campagnes/list.xhtml"); // e.g. back from the login page, which drops the query
            return;
        }
        try {
            refresh();
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    /** Live while the campaign runs: the page can be refreshed without reloading. */
    public void refresh() {
        if (id == null) {
            throw new NotFoundException("Campaign");
        }
        bilan = bilans.of(id);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Bilan getBilan() { return bilan; }
    public PageModel<EnrolmentRow> getContacts() { return contacts; }
}
