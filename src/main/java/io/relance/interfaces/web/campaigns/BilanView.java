package io.relance.interfaces.web.campaigns;

import io.relance.application.bilan.Bilan;
import io.relance.application.bilan.BilanExports;
import io.relance.application.bilan.BilanService;
import io.relance.application.bilan.export.BilanReport;
import io.relance.application.campaigns.EnrolmentRow;
import io.relance.application.common.NotFoundException;
import io.relance.interfaces.web.session.PageModel;
import io.relance.interfaces.web.session.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;

/** A campaign's bilan: totals, per caller, per slot, per periodicity, and per contact; and as a file. */
@Named
@ViewScoped
public class BilanView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BilanService bilans;

    @Inject
    BilanExports exports;

    private Long id;
    private Bilan bilan;
    private transient PageModel<EnrolmentRow> contacts; // built by its getter: see PageModel

    public void load() {
        Pages.loadById(id, bilan != null, "/app/campagnes/list.xhtml", this::refresh);
    }

    /** Live while the campaign runs: the page can be refreshed without reloading. */
    public void refresh() {
        if (id == null) {
            throw new NotFoundException("Campaign");
        }
        bilan = bilans.of(id);
    }

    /** The bilan as PDF, XLSX or CSV, in the page's language, as it is now (not as last refreshed). */
    public StreamedContent export(String format) {
        BilanExports.Format f = BilanExports.Format.valueOf(format);
        BilanReport report = exports.report(id, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return DefaultStreamedContent.builder().name(f.fileName(report)).contentType(f.contentType())
                .writer(out -> f.write(report, out)).build();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Bilan getBilan() { return bilan; }
    public PageModel<EnrolmentRow> getContacts() {
        if (contacts == null) {
            contacts = new PageModel<>((first, size) -> bilans.contacts(id, first, size), () -> bilan == null ? 0 : bilan.total().getEnrolled(), EnrolmentRow::id);
        }
        return contacts;
    }
}
