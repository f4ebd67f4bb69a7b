package io.relance.interfaces.web.coverage;

import io.relance.application.campaigns.CampaignService;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.contacts.ContactService;
import io.relance.application.contacts.OutletService;
import io.relance.application.coverage.CoverageRow;
import io.relance.application.coverage.CoverageService;
import io.relance.domain.coverage.CoverageInput;
import io.relance.domain.coverage.CoverageKind;
import io.relance.domain.coverage.Tone;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Pages;
import io.relance.interfaces.web.session.Picks;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A campaign's coverage: the list, and one form to add a piece or correct the one being edited. */
@Named
@ViewScoped
public class CoverageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CoverageService coverage;

    @Inject
    CampaignService campaigns;

    @Inject
    ContactService contacts;

    @Inject
    OutletService outlets;

    private Long id;
    private String subject;
    private List<CoverageRow> rows;
    private Long editing;
    private LocalDate publishedOn;
    private String title;
    private String url;
    private CoverageKind kind = CoverageKind.ARTICLE;
    private Tone tone = Tone.NEUTRAL;
    private Long audience;
    private String journalist;
    private String outlet;

    public void load() {
        Pages.loadById(id, rows != null, "/app/campagnes/list.xhtml", () -> {
            subject = campaigns.summary(id).draft().subject();
            rows = coverage.of(id);
        });
    }

    public void save() {
        CoverageInput input = new CoverageInput(Picks.id(outlet), Picks.id(journalist), publishedOn, title, url, kind, audience, tone);
        try {
            if (editing == null) {
                coverage.add(id, input);
                Messages.info("coverage.added", title);
            } else {
                coverage.update(editing, input);
                Messages.info("coverage.updated", title);
            }
            clear();
            rows = coverage.of(id);
        } catch (Refused e) {
            Refusals.show(e, "piece");
        } catch (NotFoundException e) {
            Messages.error(null, "coverage.gone");
            rows = coverage.of(id);
        }
    }

    public void edit(CoverageRow r) {
        editing = r.id();
        publishedOn = r.publishedOn();
        title = r.title();
        url = r.url();
        kind = r.kind();
        tone = r.tone();
        audience = r.audience();
        journalist = r.contactId() == null ? null : r.journalist() + " #" + r.contactId();
        outlet = r.outletId() == null ? null : r.outlet() + " #" + r.outletId();
    }

    public void delete(CoverageRow r) {
        try {
            coverage.delete(r.id());
            Messages.info("coverage.deleted", r.title());
        } catch (NotFoundException e) {
            Messages.error(null, "coverage.gone");
        }
        if (Long.valueOf(r.id()).equals(editing)) {
            clear();
        }
        rows = coverage.of(id);
    }

    public void clear() {
        editing = null;
        publishedOn = null;
        title = null;
        url = null;
        kind = CoverageKind.ARTICLE;
        tone = Tone.NEUTRAL;
        audience = null;
        journalist = null;
        outlet = null;
    }

    public List<String> suggestJournalists(String prefix) {
        return Picks.contacts(contacts, prefix);
    }

    public List<String> suggestOutlets(String prefix) {
        return outlets.picks(prefix);
    }

    public CoverageKind[] getKinds() { return CoverageKind.values(); }
    public Tone[] getTones() { return Tone.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getSubject() { return subject; }
    public List<CoverageRow> getRows() { return rows; }
    public Long getEditing() { return editing; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public CoverageKind getKind() { return kind; }
    public void setKind(CoverageKind kind) { this.kind = kind; }
    public Tone getTone() { return tone; }
    public void setTone(Tone tone) { this.tone = tone; }
    public Long getAudience() { return audience; }
    public void setAudience(Long audience) { this.audience = audience; }
    public String getJournalist() { return journalist; }
    public void setJournalist(String journalist) { this.journalist = journalist; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
}
