package io.relance.application.signup;

import io.relance.domain.tenant.Slug;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The checks of the sign-up form that need no database nor Keycloak. Also applied to invitations. */
public final class SignupRules {

    public static final int PASSWORD_MIN = 10;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");

    private SignupRules() {
    }

    public static List<FieldError> check(SignupRequest r) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "agencyName", r.agencyName(), 120);
        if (blank(r.slug())) {
            errors.add(new FieldError("slug", "validation.required"));
        } else if (!Slug.isValid(r.slug())) {
            errors.add(new FieldError("slug", "signup.slug.invalid"));
        }
        checkPerson(errors, r.firstName(), r.lastName(), r.email());
        checkPassword(errors, r.password(), r.email());
        return errors;
    }

    public static void checkPerson(List<FieldError> errors, String firstName, String lastName, String email) {
        required(errors, "firstName", firstName, 80);
        required(errors, "lastName", lastName, 80);
        if (blank(email)) {
            errors.add(new FieldError("email", "validation.required"));
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", "validation.email"));
        }
    }

    static void checkPassword(List<FieldError> errors, String password, String email) {
        if (password == null || password.isEmpty()) {
            errors.add(new FieldError("password", "validation.required"));
        } else if (password.length() < PASSWORD_MIN || !password.matches(".*\\d.*") || !password.matches(".*\\p{L}.*")
                || password.equalsIgnoreCase(email)) {
            errors.add(new FieldError("password", "signup.password.weak"));
        }
    }

    private static void required(List<FieldError> errors, String field, String value, int max) {
        if (blank(value)) {
            errors.add(new FieldError(field, "validation.required"));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "validation.tooLong"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
