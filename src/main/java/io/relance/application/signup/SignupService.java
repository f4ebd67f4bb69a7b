package io.relance.application.signup;

import io.relance.application.identity.IdentityDirectory;
import io.relance.application.identity.IdentityDirectory.NewAccount;
import io.relance.application.identity.IdentityException;
import io.relance.domain.staff.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates an agency and its director. Keycloak first (it checks the email and the password policy),
 * then the database; when the database part fails the Keycloak account is removed, so that a failed
 * sign-up leaves nothing behind and the same slug and email can be used again.
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
    @ConfigProperty(name = "relance.signup.country", defaultValue = "FR")
    String country;

    /** @return the new agency's slug */
    public String signUp(SignupRequest raw) {
        SignupRequest r = raw.normalized();
        List<FieldError> errors = new ArrayList<>(SignupRules.check(r));
        if (errors.stream().noneMatch(e -> e.field().equals("slug")) && records.slugTaken(r.slug())) {
            errors.add(new FieldError("slug", "signup.slug.taken"));
        }
        if (!errors.isEmpty()) {
            throw new SignupException(errors);
        }
        String accountId = createAccount(r);
        try {
            records.create(r, country, accountId);
        } catch (RuntimeException dbFailure) {
            LOG.log(Level.WARNING, "Sign-up of " + r.slug() + " failed in the database; removing its Keycloak account", dbFailure);
            undo(accountId);
            throw slugTakenMeanwhile(r.slug()) ? new SignupException("slug", "signup.slug.taken")
                    : new SignupException("form", "signup.failed.database");
        }
        LOG.info(() -> "Agency " + r.slug() + " signed up");
        return r.slug();
    }

    private String createAccount(SignupRequest r) {
        try {
            return directory.create(new NewAccount(r.slug(), r.email(), r.firstName(), r.lastName(), Role.DIRECTEUR,
                    r.password()), false);
        } catch (IdentityException e) {
            throw switch (e.reason()) {
                case EMAIL_TAKEN -> new SignupException("email", "signup.email.taken");
                case PASSWORD_REJECTED -> new SignupException("password", "signup.password.weak");
                default -> new SignupException("form", "identity.unavailable");
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
