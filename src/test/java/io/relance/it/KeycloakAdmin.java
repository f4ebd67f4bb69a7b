package io.relance.it;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.List;

/** What Keycloak itself says of an account, read with the bootstrap admin of the test Keycloak. */
public final class KeycloakAdmin implements AutoCloseable {

    private final Keycloak keycloak = Keycloak.getInstance(Deployments.keycloakUrl(), "master", "admin", "admin", "admin-cli");

    public UserRepresentation user(String email) {
        List<UserRepresentation> users = keycloak.realm("relance").users().searchByEmail(email, true);
        if (users.isEmpty()) {
            throw new AssertionError("No Keycloak account for " + email);
        }
        return users.get(0);
    }

    public List<String> realmRoles(String email) {
        return keycloak.realm("relance").users().get(user(email).getId()).roles().realmLevel().listEffective()
                .stream().map(RoleRepresentation::getName).toList();
    }

    /** Gives an invited account a permanent password (the invitation's is temporary). */
    public void setPassword(String email, String password) {
        org.keycloak.representations.idm.CredentialRepresentation credential = new org.keycloak.representations.idm.CredentialRepresentation();
        credential.setType(org.keycloak.representations.idm.CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        keycloak.realm("relance").users().get(user(email).getId()).resetPassword(credential);
    }

    /**
     * An account straight in Keycloak, with an agency's tenant attribute and a role, that the app
     * never recorded (what a sign-up whose compensation failed leaves behind).
     */
    public void createOrphan(String email, String password, String tenant, String role) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setFirstName("Orphelin");
        user.setLastName("Compte");
        user.setEnabled(true);
        user.setEmailVerified(true);
        user.setAttributes(java.util.Map.of("tenant", List.of(tenant)));
        keycloak.realm("relance").users().create(user).close();
        setPassword(email, password);
        String id = user(email).getId();
        keycloak.realm("relance").users().get(id).roles().realmLevel()
                .add(List.of(keycloak.realm("relance").roles().get(role).toRepresentation()));
    }

    @Override
    public void close() {
        keycloak.close();
    }
}
