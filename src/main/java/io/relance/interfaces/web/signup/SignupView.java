package io.relance.interfaces.web.signup;

import io.relance.application.common.RateLimiter;
import io.relance.application.common.Refused;
import io.relance.application.signup.SignupRequest;
import io.relance.application.signup.SignupService;
import io.relance.domain.tenant.Slug;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.PersonFields;
import io.relance.interfaces.web.ratelimit.ClientAddress;
import io.relance.interfaces.web.ratelimit.TooManyRequests;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.util.Locale;

/**
 * Backs signup.xhtml. Errors are shown next to their field; the password is never kept after a
 * failure. A well-formed sign-up always ends on the same page, whatever happened (the email says
 * what did). Each submit counts against the limits per client network and per address typed.
 */
@Named
@ViewScoped
public class SignupView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignupService signup;

    @Inject
    RateLimiter limiter;

    @Inject
    ClientAddress clients;

    private String agencyName;
    private String slug;
    private final PersonFields person = new PersonFields();
    private String password;
    private boolean done;

    public void suggestSlug() {
        if (slug == null || slug.isBlank()) {
            slug = Slug.suggest(agencyName);
        }
    }

    public void submit() {
        try {
            if (overLimit()) {
                return;
            }
            signup.signUp(new SignupRequest(agencyName, slug, person.getFirstName(), person.getLastName(),
                    person.getEmail(), password), FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
            done = true;
        } catch (Refused e) {
            Refusals.show(e, "signup");
        } finally {
            password = null;
        }
    }

    /** Over a limit: 429, Retry-After and the message on the form; nothing is tried. */
    private boolean overLimit() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        RateLimiter.Verdict verdict = limiter.hit("signup", "per-network", clients.network((HttpServletRequest) external.getRequest()));
        String email = person.getEmail() == null ? "" : person.getEmail().strip().toLowerCase(Locale.ROOT);
        if (verdict.allowed() && !email.isEmpty()) {
            verdict = limiter.hit("signup", "per-address", email);
        }
        if (verdict.allowed()) {
            return false;
        }
        external.setResponseStatus(429);
        external.setResponseHeader("Retry-After", Long.toString(verdict.retryAfterSeconds()));
        Messages.error(null, "ratelimit.text", TooManyRequests.minutes(verdict.retryAfterSeconds()));
        return true;
    }

    public boolean isDone() {
        return done;
    }

    public String getAgencyName() {
        return agencyName;
    }

    public void setAgencyName(String agencyName) {
        this.agencyName = agencyName;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public PersonFields getPerson() {
        return person;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
