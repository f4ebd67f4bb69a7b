package io.relance.application.signup;

import io.relance.domain.contact.Problem;
import io.relance.domain.tenant.Slug;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks of the sign-up form that need no database nor Keycloak. Also applied to invitations. */
public final class SignupRules {

    public static final int PASSWORD_MIN = 10;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");
    /** CR, LF, tab and every other control or line/paragraph separator: a name must not break an email header. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Zl}\\p{Zp}]");

    /**
     * Ids an agency may not take: they would pass for the platform in a URL, an email or a support
     * conversation (and the demo agency's, which exists in every installation that shows the demo).
     */
    public static final Set<String> RESERVED = Set.of("admin", "administrator", "api", "www", "app", "mail", "smtp",
            "support", "help", "aide", "relance", "keycloak", "auth", "login", "signup", "status", "static", "assets",
            "root", "system", "postmaster", "abuse", "noreply", "no-reply", "security", "billing", "demo",
            "agence-demo");

    private SignupRules() {
    }

    public static List<Problem> check(SignupRequest r) {
        List<Problem> errors = new ArrayList<>();
        required(errors, "agencyName", r.agencyName(), 120);
        if (hasControl(r.agencyName())) {
            errors.add(new Problem("agencyName", "signup.agencyName.control"));
        }
        if (blank(r.slug())) {
            errors.add(new Problem("slug", "validation.required"));
        } else if (!Slug.isValid(r.slug())) {
            errors.add(new Problem("slug", "signup.slug.invalid"));
        } else if (RESERVED.contains(r.slug())) {
            errors.add(new Problem("slug", "signup.slug.reserved"));
        }
        checkPerson(errors, r.firstName(), r.lastName(), r.email());
        checkPassword(errors, r.password(), r.email());
        return errors;
    }

    public static void checkPerson(List<Problem> errors, String firstName, String lastName, String email) {
        required(errors, "firstName", firstName, 80);
        required(errors, "lastName", lastName, 80);
        if (blank(email)) {
            errors.add(new Problem("email", "validation.required"));
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add(new Problem("email", "validation.email"));
        }
    }

    static void checkPassword(List<Problem> errors, String password, String email) {
        if (password == null || password.isEmpty()) {
            errors.add(new Problem("password", "validation.required"));
        } else if (password.length() < PASSWORD_MIN || !password.matches(".*\\d.*") || !password.matches(".*\\p{L}.*")
                || password.equalsIgnoreCase(email)) {
            errors.add(new Problem("password", "signup.password.weak"));
        }
    }

    private static void required(List<Problem> errors, String field, String value, int max) {
        if (blank(value)) {
            errors.add(new Problem(field, "validation.required"));
        } else if (value.length() > max) {
            errors.add(new Problem(field, "validation.tooLong"));
        }
    }

    /** Whether a text carries a line break or another control character (which could forge an email header). */
    public static boolean hasControl(String s) {
        return s != null && CONTROL.matcher(s).find();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
