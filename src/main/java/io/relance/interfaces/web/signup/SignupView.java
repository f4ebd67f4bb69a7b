package io.relance.interfaces.web.signup;

import io.relance.application.signup.FieldError;
import io.relance.application.signup.SignupException;
import io.relance.application.signup.SignupRequest;
import io.relance.application.signup.SignupService;
import io.relance.domain.tenant.Slug;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.PersonFields;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Backs signup.xhtml. Errors are shown next to their field; the password is never kept after a failure. */
@Named
@ViewScoped
public class SignupView implements Serializable {

    @Inject
    SignupService signup;

    private String agencyName;
    private String slug;
    private final PersonFields person = new PersonFields();
    private String password;
    private String createdSlug;

    public void suggestSlug() {
        if (slug == null || slug.isBlank()) {
            slug = Slug.suggest(agencyName);
        }
    }

    public void submit() {
        try {
            createdSlug = signup.signUp(new SignupRequest(agencyName, slug, person.getFirstName(),
                    person.getLastName(), person.getEmail(), password));
        } catch (SignupException e) {
            for (FieldError error : e.errors()) {
                Messages.error("form".equals(error.field()) ? null : "signup:" + error.field(), error.messageKey());
            }
        } finally {
            password = null;
        }
    }

    public boolean isDone() {
        return createdSlug != null;
    }

    public String getCreatedSlug() {
        return createdSlug;
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
