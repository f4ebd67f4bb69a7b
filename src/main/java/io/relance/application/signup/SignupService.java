package io.relance.application.signup;

import io.relance.application.common.Refused;
import io.relance.application.identity.IdentityDirectory;
import io.relance.application.identity.IdentityDirectory.NewAccount;
import io.relance.application.identity.IdentityException;
import io.relance.domain.contact.Problem;
import io.relance.domain.staff.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates an agency and its director. Keycloak first (it checks the email and the password policy),
 * then the database; when the database part fails the Keycloak account is removed, so that a failed
 * sign-up leaves nothing behind and the same slug and email can be used again.
 * <p>
 * The answer does not say whether the address already has an account or the id already belongs to
 * an agency (anyone could otherwise list who uses Relance): a well-formed sign-up always "goes
 * through"; when it could not, the address typed is told why by email (SignupNotices), which only
 * its owner reads. A sign-up that worked sends nothing: the director logs in at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignupService {

    private static final Logger LOG = Logger.getLogger(SignupService.class.getName());

    @Inject
    IdentityDirectory directory;

    @Inject
    io.relance.application.identity.AccountCompensation compensation;

    @Inject
    AgencyRecords records;

    @Inject
    SignupNotices notices;

    @Inject
    @ConfigProperty(name = "relance.signup.country", defaultValue = "FR")
    String country;

    /**
     * Signs the agency up, or emails the address typed why it could not be. Throws only for what the
     * form may say (a missing or malformed field, a reserved id, a password Keycloak refuses, an outage).
     *
     * @param language of the email ("fr" or "en")
     */
    public void signUp(SignupRequest raw, String language) {
        SignupRequest r = raw.normalized();
        List<Problem> errors = new ArrayList<>(SignupRules.check(r));
        if (!errors.isEmpty()) {
            throw new Refused(errors);
        }
        if (records.slugTaken(r.slug())) {
            answer(r, SignupNotices.Notice.SLUG_TAKEN, language);
            return;
        }
        String accountId = createAccount(r);
        if (accountId == null) {
            answer(r, SignupNotices.Notice.EMAIL_TAKEN, language);
            return;
        }
        try {
            records.create(r, country, accountId);
        } catch (RuntimeException dbFailure) {
            LOG.log(Level.WARNING, "Sign-up of " + r.slug() + " failed in the database; removing its Keycloak account", dbFailure);
            undo(accountId);
            if (slugTakenMeanwhile(r.slug())) {
                answer(r, SignupNotices.Notice.SLUG_TAKEN, language);
                return;
            }
            throw new Refused("form", "signup.failed.database");
        }
        LOG.info(() -> "Agency " + r.slug() + " signed up");
    }

    private void answer(SignupRequest r, SignupNotices.Notice notice, String language) {
        LOG.info(() -> "Sign-up of " + r.slug() + " not done (" + notice + "); the address typed is told by email");
        notices.queue(r.email(), notice, r.slug(), "en".equals(language) ? "en" : "fr", Instant.now());
    }

    /** The new account's id; null when the address already has one. */
    private String createAccount(SignupRequest r) {
        try {
            return directory.create(new NewAccount(r.slug(), r.email(), r.firstName(), r.lastName(), Role.DIRECTEUR,
                    r.password()), false);
        } catch (IdentityException e) {
            return switch (e.reason()) {
                case EMAIL_TAKEN -> null;
                case PASSWORD_REJECTED -> throw new Refused("password", "signup.password.weak");
                default -> throw new Refused("form", "identity.unavailable");
            };
        }
    }
    private void undo(String accountId) {
        compensation.undo(accountId, "sign-up failed in the database");
    }

    private boolean slugTakenMeanwhile(String slug) {
        try {
            return records.slugTaken(slug);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
