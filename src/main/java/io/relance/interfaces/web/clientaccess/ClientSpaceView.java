package io.relance.interfaces.web.clientaccess;

import io.relance.application.campaigns.CampaignService;
import io.relance.application.clientaccess.ClientPage;
import io.relance.application.clientaccess.ClientPages;
import io.relance.application.clientaccess.ClientViewers;
import io.relance.application.clientaccess.ShareLinks;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Pages;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The agency's "espace client" of a campaign: share links (create, revoke, how often opened), the
 * brand's viewers (invite, disable), and the page exactly as the client reads it.
 */
@Named
@ViewScoped
public class ClientSpaceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignService campaigns;

    @Inject
    ClientPages pages;

    @Inject
    ShareLinks links;

    @Inject
    ClientViewers viewers;

    private Long id;
    private CampaignService.Summary summary;
    private ClientPage preview;
    private List<ShareLinks.Row> linkRows;
    private List<ClientViewers.Row> viewerRows;
    private LocalDate expiresOn = LocalDate.now().plusDays(30);
    private String created;
    private String email;
    private String firstName;
    private String lastName;
    private ClientViewers.Sent invited;
    private ClientViewers.Row selected;

    public void load() {
        if (summary != null) {
            return;
        }
        if (id == null) {
            Pages.redirect("/app/campagnes/list.xhtml");
            return;
        }
        try {
            summary = campaigns.summary(id);
            refresh();
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    private void refresh() {
        preview = pages.preview(id);
        linkRows = links.of(id);
        viewerRows = viewers.of(summary.draft().clientId());
    }

    public void share() {
        try {
            created = links.create(id, expiresOn);
            linkRows = links.of(id);
            Messages.info("share.created");
        } catch (Refused e) {
            Refusals.show(e, "links");
        }
    }

    public void revoke(ShareLinks.Row row) {
        links.revoke(row.id());
        linkRows = links.of(id);
        if (row.url().equals(created)) {
            created = null;
        }
        Messages.info("share.revoked");
    }

    public void invite() {
        try {
            invited = viewers.invite(summary.draft().clientId(), email, firstName, lastName);
            email = firstName = lastName = null;
            viewerRows = viewers.of(summary.draft().clientId());
        } catch (Refused e) {
            Refusals.show(e, "viewers");
        }
    }

    public void select(ClientViewers.Row row) {
        selected = row;
    }

    /** Confirmed in the dialog: the selected viewer is turned off, or on again. */
    public void toggle() {
        if (selected != null) {
            viewers.setEnabled(selected.id(), !selected.enabled());
            Messages.info(selected.enabled() ? "viewer.disabled" : "viewer.enabled", selected.email());
            selected = null;
            viewerRows = viewers.of(summary.draft().clientId());
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CampaignService.Summary getSummary() { return summary; }
    public ClientPage getPreview() { return preview; }
    public List<ShareLinks.Row> getLinkRows() { return linkRows; }
    public List<ClientViewers.Row> getViewerRows() { return viewerRows; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    public String getCreated() { return created; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public ClientViewers.Sent getInvited() { return invited; }
    public ClientViewers.Row getSelected() { return selected; }
}
