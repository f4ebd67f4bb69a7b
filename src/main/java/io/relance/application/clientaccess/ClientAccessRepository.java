package io.relance.application.clientaccess;

import io.relance.domain.clientaccess.ClientViewer;
import io.relance.domain.clientaccess.ShareLink;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Client viewers, share links and the brands they read, through the agency's session (another
 * agency's are not there), except {@link #tenantOfLink}, the one lookup that starts from outside.
 */
public interface ClientAccessRepository {

    /** Writes a new viewer now, so that its id is known. */
    void add(ClientViewer viewer);

    /** Writes a new share link now. */
    void add(ShareLink link);

    Optional<ClientViewer> viewerByEmail(String email);

    Optional<ClientViewer> viewer(long id);

    List<ClientViewer> viewers(long clientId);

    List<ShareLink> links(long campaignId);

    Optional<ShareLink> link(long id);

    Optional<ShareLink> linkByToken(String token);

    /** Counts an opening in the database itself: two clients opening at once are two openings. */
    void opened(long linkId, Instant at);

    /**
     * The agency a share link belongs to. The one lookup that starts from outside any agency (the
     * person holding the link has no account): the token is random and long.
     */
    Optional<String> tenantOfLink(String token);

    /** Whether the client (brand) is this agency's. */
    boolean clientExists(long clientId);

    /** The brand's name. */
    Optional<String> clientName(long clientId);

    /** The brand's launched campaigns (a draft is the agency's business), latest send date first, at most {@code max}. */
    List<ClientCampaign> launchedCampaigns(long clientId, int max);
}
