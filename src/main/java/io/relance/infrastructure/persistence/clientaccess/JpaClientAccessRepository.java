package io.relance.infrastructure.persistence.clientaccess;

import io.relance.application.clientaccess.ClientAccessRepository;
import io.relance.application.clientaccess.ClientCampaign;
import io.relance.application.common.RandomTokens;
import io.relance.domain.campaign.Campaign;
import io.relance.domain.campaign.CampaignStatus;
import io.relance.domain.clientaccess.ClientViewer;
import io.relance.domain.clientaccess.ShareLink;
import io.relance.infrastructure.persistence.Rows;
import io.relance.infrastructure.persistence.JpaAdapter;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** Client viewers, share links and their brands, read through the agency's session (another agency's are not there). */
@ApplicationScoped
public class JpaClientAccessRepository extends JpaAdapter implements ClientAccessRepository {

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/MySQLDS")
    javax.sql.DataSource dataSource;

    @Override
    public void add(ClientViewer viewer) {
        insert(viewer);
    }

    @Override
    public void add(ShareLink link) {
        insert(link);
    }

    @Override
    public Optional<ClientViewer> viewerByEmail(String email) {
        return em.createQuery("select v from ClientViewer v where v.email = :e", ClientViewer.class)
                .setParameter("e", email == null ? "" : email.toLowerCase(java.util.Locale.ROOT)).getResultStream().findFirst();
    }

    @Override
    public Optional<ClientViewer> viewer(long id) {
        return byId(ClientViewer.class, id);
    }

    @Override
    public List<ClientViewer> viewers(long clientId) {
        return em.createQuery("select v from ClientViewer v where v.clientId = :c order by v.lastName, v.firstName, v.email",
                ClientViewer.class).setParameter("c", clientId).getResultList();
    }

    @Override
    public List<ShareLink> links(long campaignId) {
        return em.createQuery("select l from ShareLink l where l.campaignId = :c order by l.createdAt desc", ShareLink.class)
                .setParameter("c", campaignId).getResultList();
    }

    @Override
    public Optional<ShareLink> link(long id) {
        return byId(ShareLink.class, id);
    }

    @Override
    public Optional<ShareLink> linkByToken(String token) {
        return em.createQuery("select l from ShareLink l where l.token = :t", ShareLink.class).setParameter("t", token)
                .getResultStream().filter(l -> RandomTokens.same(l.getToken(), token)).findFirst();
    }

    /** Counts an opening in the database itself: two clients opening at once are two openings. */
    @Override
    public void opened(long linkId, java.time.Instant at) {
        em.createNativeQuery("UPDATE share_link SET opens = opens + 1, last_opened_at = :at WHERE tenant_id = :tenant AND id = :id")
                .setParameter("at", Rows.at(at)).setParameter("tenant", io.relance.application.tenant.TenantContext.require())
                .setParameter("id", linkId).executeUpdate();
    }

    /**
     * The agency a share link belongs to. The one lookup that starts from outside any agency (the
     * person holding the link has no account): the token is random and long.
     */
    @Override
    public Optional<String> tenantOfLink(String token) {
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement ps = c.prepareStatement("SELECT tenant_id, token FROM share_link WHERE token = ?")) {
            ps.setString(1, token);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() && RandomTokens.same(rs.getString(2), token) ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean clientExists(long clientId) {
        return exists("Client", clientId);
    }

    @Override
    public Optional<String> clientName(long clientId) {
        return em.createQuery("select c.name from Client c where c.id = :id", String.class).setParameter("id", clientId)
                .getResultStream().findFirst();
    }

    @Override
    public List<ClientCampaign> launchedCampaigns(long clientId, int max) {
        return em.createQuery("select c from Campaign c where c.client.id = :client and c.status <> :draft order by c.sendDate desc, c.id desc",
                        Campaign.class).setParameter("client", clientId).setParameter("draft", CampaignStatus.DRAFT)
                .setMaxResults(max).getResultStream()
                .map(c -> new ClientCampaign(c.getId(), c.getSubject(), c.getKind(), c.getStatus(), c.getSendDate())).toList();
    }
}
