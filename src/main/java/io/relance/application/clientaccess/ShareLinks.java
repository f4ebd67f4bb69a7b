package io.relance.application.clientaccess;

import io.relance.application.common.Refused;
import io.relance.application.staff.CurrentStaff;
import io.relance.application.tenant.AgencyZone;
import io.relance.application.common.AppClock;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.RandomTokens;
import io.relance.domain.campaign.CampaignStatus;
import io.relance.domain.clientaccess.ShareLink;
import io.relance.domain.staff.Role;
import io.relance.application.campaigns.CampaignRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Share links of a campaign's client page, for clients who will not log in: 256 random bits, an
 * expiry day (a year at most), revocable at any time; the list says how often each was opened.
 */
@Stateless
@RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class ShareLinks {

    @Inject
    CurrentStaff current;

    @Inject
    AgencyZone agencyZone;

    static final int MAX_DAYS = 366;

    /** A link as listed to the agency. */
    public record Row(long id, String url, LocalDate expiresOn, boolean revoked, boolean expired, int opens, Instant lastOpenedAt,
                      Instant createdAt) implements Serializable {

        public boolean isActive() {
            return !revoked && !expired;
        }
    }

    @Inject
    ClientAccessRepository access;

    @Inject
    CampaignRepository campaigns;

    @Inject
    AppClock clock;

    @Inject
    @ConfigProperty(name = "relance.public-url")
    String publicUrl;


    public List<Row> of(long campaignId) {
        campaigns.require(campaignId);
        LocalDate today = clock.today(agencyZone.get());
        return access.links(campaignId).stream().map(l -> new Row(l.getId(), url(l.getToken()), l.getExpiresOn(),
                l.getRevokedAt() != null, today.isAfter(l.getExpiresOn()), l.getOpens(), l.getLastOpenedAt(), l.getCreatedAt())).toList();
    }

    /** A new link valid through {@code expiresOn}; answers its address. */
    public String create(long campaignId, LocalDate expiresOn) {
        if (campaigns.require(campaignId).getStatus() == CampaignStatus.DRAFT) {
            throw new Refused("campaign", "share.draft");
        }
        LocalDate today = clock.today(agencyZone.get());
        if (expiresOn == null) {
            throw new Refused("expiresOn", "share.expiry.required");
        }
        if (expiresOn.isBefore(today) || expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
            throw new Refused("expiresOn", "share.expiry.range");
        }
        String token = RandomTokens.next();
        access.add(new ShareLink(campaignId, token, expiresOn, current.email(), clock.now()));
        return url(token);
    }

    public void revoke(long linkId) {
        access.link(linkId).orElseThrow(() -> new NotFoundException("Link " + linkId)).revoke(clock.now());
    }

    private String url(String token) {
        String root = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return root + "/partage.xhtml?t=" + token;
    }
}
