package io.relance.interfaces.web.clientaccess;

import io.relance.application.bilan.BilanExports;
import io.relance.application.bilan.export.BilanReport;
import io.relance.application.clientaccess.ClientPage;
import io.relance.application.clientaccess.ClientPages;
import io.relance.interfaces.web.session.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;

/**
 * One campaign's client page: for a client viewer ({@code id}), or for whoever holds a share link
 * ({@code t}); an unknown link is 404, an expired or revoked one 410 with a page that says so.
 */
@Named
@ViewScoped
public class ClientCampaignView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientPages pages;

    private Long id;
    private String t;
    private ClientPage page;
    private boolean gone;

    public void load() {
        Pages.loadById(id, page != null || gone, "/app/client/home.xhtml", () -> page = pages.page(id));
    }

    public void loadShared() {
        if (page != null || gone) {
            return;
        }
        var shared = pages.shared(t);
        if (shared.isEmpty()) {
            Pages.notFound();
        } else if (shared.get().gone()) {
            gone = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(410);
        } else {
            page = shared.get().page();
        }
    }

    /** The bilan's PDF, for a signed-in viewer (a share link shows the page only). */
    public StreamedContent pdf() {
        BilanReport report = pages.report(id, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        BilanExports.Format pdf = BilanExports.Format.PDF;
        return DefaultStreamedContent.builder().name(pdf.fileName(report)).contentType(pdf.contentType())
                .writer(out -> pdf.write(report, out)).build();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getT() { return t; }
    public void setT(String t) { this.t = t; }
    public ClientPage getPage() { return page; }
    public boolean isGone() { return gone; }
}
