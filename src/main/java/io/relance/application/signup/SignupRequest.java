package io.relance.application.signup;

/** What the sign-up form sends. Checked by {@link SignupRules}; nothing here is trusted as a tenant. */
public record SignupRequest(String agencyName, String slug, String firstName, String lastName, String email,
                            String password) {

    public SignupRequest normalized() {
        return new SignupRequest(trim(agencyName), trim(slug) == null ? null : trim(slug).toLowerCase(),
                trim(firstName), trim(lastName), trim(email) == null ? null : trim(email).toLowerCase(), password);
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }
}
