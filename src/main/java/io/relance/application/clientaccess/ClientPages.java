package io.relance.application.clientaccess;

import io.relance.application.staff.CurrentStaff;
import io.relance.application.tenant.AgencyZone;
import io.relance.application.bilan.BilanCalculator;
import io.relance.application.bilan.export.BilanReport;
import io.relance.application.campaigns.EnrolmentRow;
import io.relance.application.common.AppClock;
import io.relance.application.common.NotFoundException;
import io.relance.domain.campaign.Campaign;
import io.relance.domain.campaign.CampaignStatus;
import io.relance.domain.clientaccess.ClientViewer;
import io.relance.domain.clientaccess.ShareLink;
import io.relance.domain.staff.Role;
import io.relance.application.campaigns.CampaignRepository;
import io.relance.application.coverage.CoverageRepository;
import io.relance.application.tenant.TenantScope;
import io.relance.application.tenant.AgencyService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The client page of a campaign, read-only, for three kinds of readers: a client viewer (only the
 * campaigns of the brand they are bound to; anything else is not found), the holder of a valid
 * share link, and the agency's chefs and directeurs (a preview of what the client sees).
 */
@Stateless
public class ClientPages {

    @Inject
    CurrentStaff current;

    @Inject
    AgencyZone agencyZone;

    /** What a share link opened: the page, or why not (unknown: 404; expired or revoked: 410). */
    public record Shared(ClientPage page, boolean gone) {
    }

    @Inject
    ClientAccessRepository access;

    @Inject
    CampaignRepository campaigns;

    @Inject
    ClientPageBuilder builder;

    @Inject
    AgencyService agency;

    @Inject
    AppClock clock;

    @Inject
    BilanCalculator bilans;

    @Inject
    CoverageRepository coverage;

    @Resource
    SessionContext session;

    /** The viewer's campaigns (launched ones: a draft is the agency's business). */
    @RolesAllowed(Role.CLIENT_NAME)
    public List<ClientCampaign> mine() {
        return access.launchedCampaigns(viewer().getClientId(), 200);
    }

    /** The viewer's brand name, for the page's title. */
    @RolesAllowed(Role.CLIENT_NAME)
    public String brand() {
        return access.clientName(viewer().getClientId()).orElse("");
    }

    @RolesAllowed(Role.CLIENT_NAME)
    public ClientPage page(long campaignId) {
        return builder.of(readable(campaignId));
    }

    /** The bilan of one of the viewer's campaigns as a file (the agency's PDF), checked before a byte is written. */
    @RolesAllowed(Role.CLIENT_NAME)
    public BilanReport report(long campaignId, Locale locale) {
        Campaign c = readable(campaignId);
        ClientPages self = session.getBusinessObject(ClientPages.class);
        return BilanReport.of(agency.name(), bilans.of(c), c, (first, size) -> self.contacts(campaignId, first, size),
                coverage.of(campaignId), locale, agencyZone.get());
    }

    /** A page of the report's contacts, each page in its own short transaction, the access checked again. */
    @RolesAllowed(Role.CLIENT_NAME)
    public List<EnrolmentRow> contacts(long campaignId, int first, int size) {
        readable(campaignId);
        return campaigns.enrolments(campaignId, null, first, size);
    }

    /** A campaign of the viewer's brand, launched; anything else is not there for this viewer. */
    private Campaign readable(long campaignId) {
        Campaign c = campaigns.require(campaignId);
        if (c.getClient().getId() != viewer().getClientId() || c.getStatus() == CampaignStatus.DRAFT) {
            throw new NotFoundException("Campaign " + campaignId);
        }
        return c;
    }

    /** What the client will see, as the agency checks it before sharing. */
    @RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
    public ClientPage preview(long campaignId) {
        return builder.of(campaigns.require(campaignId));
    }

    /** A share link opened by anyone holding it; each opening is counted. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Shared> shared(String token) {
        if (token == null || token.isBlank() || token.length() > 43) {
            return Optional.empty();
        }
        return access.tenantOfLink(token).map(tenant -> TenantScope.call(tenant,
                () -> session.getBusinessObject(ClientPages.class).openLink(token)));
    }

    /** Under the link's agency, in a transaction of its own (its session belongs to that agency). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Shared openLink(String token) {
        ShareLink link = access.linkByToken(token).orElseThrow(() -> new NotFoundException("Link"));
        if (!link.opensOn(clock.today(agencyZone.get()))) {
            return new Shared(null, true);
        }
        access.opened(link.getId(), clock.now());
        return new Shared(builder.of(campaigns.require(link.getCampaignId())), false);
    }

    /** The signed-in client viewer; one who is not bound (or no longer enabled) reads nothing. */
    private ClientViewer viewer() {
        return access.viewerByEmail(current.email()).filter(ClientViewer::isEnabled)
                .orElseThrow(() -> new NotFoundException("Viewer"));
    }
}
