package io.relance.bench;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.PartialImportRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The load's people in Keycloak: staff members of the generated agencies, each an account with the
 * agency's tenant attribute and the staff member's realm role (what a sign-up or an invitation
 * makes), created in batches through the admin API's partial import.
 */
final class LoadUsers {

    static final String PASSWORD = "Charge-2026-bench";
    private static final int BATCH = 250;

    private LoadUsers() {
    }

    /** The email the load's data set gives staff member {@code staff} (1 directeur, 2 chef, 3–5 stagiaires) of an agency. */
    static String email(int agency, int staff) {
        return role(staff).substring(0, 4) + staff + ".a" + agency + "@bench.test";
    }

    /** The same, as the data set's SQL (from a.seq and r.seq). */
    static String emailSql() {
        return "CONCAT(LEFT(ELT(LEAST(r.seq, 3), 'directeur', 'chef-de-projet', 'stagiaire'), 4), r.seq, '.a', a.seq, '@bench.test')";
    }

    static String role(int staff) {
        return staff == 1 ? "directeur" : staff == 2 ? "chef-de-projet" : "stagiaire";
    }

    /** A feeder row: the account's email and password. */
    static Map<String, Object> login(int agency, int staff) {
        return Map.of("user", email(agency, staff), "password", PASSWORD);
    }

    /**
     * Creates the accounts. Keycloak hashes each password at creation and at each login (Argon2 by
     * default since Keycloak 24, tens of milliseconds of a core and megabytes each); the bench realm
     * hashes with PBKDF2 at 1,000 rounds so that 2,000 accounts and hundreds of logins measure
     * Relance, not the hash, on the 2-core machine. The algorithm is named: 1,000 iterations alone
     * were ignored by Argon2 ("Iterations for Argon should be less than 100, using default").
     */
    static void create(String keycloakUrl, List<int[]> agencyAndStaff) {
        try (Keycloak keycloak = Keycloak.getInstance(keycloakUrl, "master", "admin", "admin", "admin-cli")) {
            RealmRepresentation realm = keycloak.realm("relance").toRepresentation();
            if (realm.getPasswordPolicy() == null || !realm.getPasswordPolicy().contains("hashAlgorithm")) {
                realm.setPasswordPolicy((realm.getPasswordPolicy() == null ? "" : realm.getPasswordPolicy() + " and ")
                        + "hashAlgorithm(pbkdf2-sha512) and hashIterations(1000)");
                keycloak.realm("relance").update(realm);
            }
            List<UserRepresentation> batch = new ArrayList<>();
            for (int[] who : agencyAndStaff) {
                batch.add(user(who[0], who[1]));
                if (batch.size() == BATCH) {
                    importUsers(keycloak, batch);
                }
            }
            importUsers(keycloak, batch);
        }
    }

    private static void importUsers(Keycloak keycloak, List<UserRepresentation> batch) {
        if (batch.isEmpty()) {
            return;
        }
        PartialImportRepresentation users = new PartialImportRepresentation();
        users.setIfResourceExists("SKIP");
        users.setUsers(new ArrayList<>(batch));
        keycloak.realm("relance").partialImport(users).close();
        batch.clear();
    }

    private static UserRepresentation user(int agency, int staff) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email(agency, staff));
        user.setEmail(email(agency, staff));
        user.setFirstName("Camille");
        user.setLastName("Equipe" + staff);
        user.setEnabled(true);
        user.setEmailVerified(true);
        user.setAttributes(Map.of("tenant", List.of(JourneeData.tenant(agency))));
        user.setRealmRoles(List.of(role(staff)));
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        return user;
    }
}
