package io.relance.application.team;

import io.relance.application.identity.IdentityDirectory;
import io.relance.application.identity.IdentityDirectory.NewAccount;
import io.relance.application.identity.IdentityException;
import io.relance.domain.staff.StaffMember;
import io.relance.application.tenant.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An invitation creates the Keycloak account (temporary password, to be changed at first login)
 * then the staff row in a transaction of its own; if that transaction fails, the account is removed.
 */
@Stateless
@RolesAllowed(io.relance.domain.staff.Role.DIRECTEUR_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TeamInvitations {

    private static final Logger LOG = Logger.getLogger(TeamInvitations.class.getName());
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    IdentityDirectory directory;

    @Inject
    StaffRecords records;

    @Inject
    io.relance.application.identity.AccountCompensation compensation;

    public Invitation.Sent send(Invitation inv) {
        String tenant = TenantContext.require();
        if (records.emailInTeam(inv.email())) {
            throw new TeamException("email", "team.email.taken");
        }
        String password = temporaryPassword();
        String accountId;
        try {
            accountId = directory.create(new NewAccount(tenant, inv.email(), inv.firstName(), inv.lastName(), inv.role(),
                    password), true);
        } catch (IdentityException e) {
            throw new TeamException(e.reason() == IdentityException.Reason.EMAIL_TAKEN ? "email" : "form",
                    e.reason() == IdentityException.Reason.EMAIL_TAKEN ? "team.email.taken" : "identity.unavailable");
        }
        try {
            long id = records.add(new StaffMember(accountId, inv.email(), inv.firstName(), inv.lastName(), inv.role(), Instant.now()));
            return new Invitation.Sent(id, inv.email(), password);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Invitation of " + inv.email() + " failed in the database; removing the account", e);
            compensation.undo(accountId, "invitation of " + inv.email() + " failed");
            throw new TeamException("form", "team.failed.database");
        }
    }

    /** 14 characters from an unambiguous alphabet, with at least one digit (the realm's password policy). */
    public static String temporaryPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 13; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.append((char) ('2' + RANDOM.nextInt(8))).toString();
    }
}
