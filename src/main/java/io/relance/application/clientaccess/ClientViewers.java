package io.relance.application.clientaccess;

import io.relance.application.common.AppClock;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.identity.IdentityDirectory;
import io.relance.application.identity.IdentityDirectory.NewAccount;
import io.relance.application.identity.IdentityException;
import io.relance.application.team.TeamInvitations;
import io.relance.domain.clientaccess.ClientViewer;
import io.relance.domain.contact.EmailAddress;
import io.relance.domain.contact.Problem;
import io.relance.domain.staff.Role;
import io.relance.application.tenant.TenantContext;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The people of a client (brand) who read its campaigns: a Keycloak account with the role client,
 * bound to this agency by its tenant attribute and to the brand here. Invited by a chef de projet or
 * a directeur (a temporary password, shown once), disabled the same way (the account too).
 */
@Stateless
@RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClientViewers {

    private static final Logger LOG = Logger.getLogger(ClientViewers.class.getName());

    /** A viewer as listed. */
    public record Row(long id, String email, String name, boolean enabled, Instant since) implements Serializable {
    }

    /** A viewer invited: the temporary password is shown once, to be given to the person. */
    public record Sent(long id, String email, String temporaryPassword) implements Serializable {
    }

    @Inject
    ClientAccessRepository access;

    @Inject
    IdentityDirectory directory;

    @Inject
    io.relance.application.identity.AccountCompensation compensation;

    @Inject
    AppClock clock;

    @Resource
    SessionContext session;

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<Row> of(long clientId) {
        requireClient(clientId);
        return access.viewers(clientId).stream().map(v -> new Row(v.getId(), v.getEmail(),
                ((v.getFirstName() == null ? "" : v.getFirstName() + " ") + (v.getLastName() == null ? "" : v.getLastName())).strip(),
                v.isEnabled(), v.getCreatedAt())).toList();
    }

    public Sent invite(long clientId, String email, String firstName, String lastName) {
        self().requireClientNow(clientId);
        String mail = EmailAddress.normalize(email);
        List<Problem> problems = new ArrayList<>();
        if (mail == null || !EmailAddress.isValid(mail)) {
            problems.add(new Problem("email", "viewer.email.invalid", String.valueOf(email)));
        }
        if (firstName == null || firstName.isBlank()) {
            problems.add(new Problem("firstName", "viewer.firstName.required", ""));
        }
        if (lastName == null || lastName.isBlank()) {
            problems.add(new Problem("lastName", "viewer.lastName.required", ""));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        String password = TeamInvitations.temporaryPassword();
        String accountId;
        try {
            accountId = directory.create(new NewAccount(TenantContext.require(), mail, firstName.strip(), lastName.strip(), Role.CLIENT,
                    password), true);
        } catch (IdentityException e) {
            boolean taken = e.reason() == IdentityException.Reason.EMAIL_TAKEN;
            throw new Refused(taken ? "email" : "form", taken ? "viewer.email.taken" : "identity.unavailable");
        }
        try {
            long id = self().record(new ClientViewer(clientId, accountId, mail, firstName.strip(), lastName.strip(), clock.now()));
            return new Sent(id, mail, password);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Viewer " + mail + " not recorded; removing the account", e);
            compensation.undo(accountId, "client viewer " + mail + " not recorded");
            throw new Refused("form", "viewer.failed");
        }
    }

    /** Turns a viewer off (or on again): the account cannot log in, and the page refuses them anyway. */
    public void setEnabled(long viewerId, boolean enabled) {
        String accountId = self().flag(viewerId, enabled);
        if (accountId != null) {
            try {
                directory.setEnabled(accountId, TenantContext.require(), enabled);
            } catch (IdentityException e) {
                // the database already refuses them; the account follows when Keycloak answers again
                LOG.warning("Keycloak account of viewer " + viewerId + " not updated: " + e.getMessage());
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long record(ClientViewer viewer) {
        access.add(viewer);
        return viewer.getId();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String flag(long viewerId, boolean enabled) {
        ClientViewer v = access.viewer(viewerId).orElseThrow(() -> new NotFoundException("Viewer " + viewerId));
        v.setEnabled(enabled);
        return v.getAccountId();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void requireClientNow(long clientId) {
        requireClient(clientId);
    }

    private void requireClient(long clientId) {
        if (!access.clientExists(clientId)) {
            throw new NotFoundException("Client " + clientId);
        }
    }

    private ClientViewers self() {
        return session.getBusinessObject(ClientViewers.class);
    }
}
