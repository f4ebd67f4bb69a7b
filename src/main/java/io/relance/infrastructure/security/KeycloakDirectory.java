package io.relance.infrastructure.security;

import io.relance.application.identity.IdentityDirectory;
import io.relance.application.identity.IdentityException;
import io.relance.application.identity.IdentityException.Reason;
import io.relance.application.identity.OrphanAccounts;
import io.relance.domain.staff.Role;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Staff accounts in Keycloak's one realm for all agencies, through the admin API with the app's
 * service account (client credentials). The agency is the admin-only user attribute {@code tenant},
 * which a protocol mapper copies into every token; an account of another agency is "not found".
 */
@ApplicationScoped
public class KeycloakDirectory implements IdentityDirectory {

    static final String TENANT_ATTRIBUTE = "tenant";

    @Inject
    KeycloakSettings settings;

    @Inject
    OrphanAccounts orphans;

    private volatile Keycloak keycloak;

    /** A directory outside CDI, for a given Keycloak (tools, and tests that need an unreachable one). */
    public static KeycloakDirectory connectTo(KeycloakSettings settings) {
        KeycloakDirectory directory = new KeycloakDirectory();
        directory.settings = settings;
        return directory;
    }

    @Override
    public String create(NewAccount account, boolean temporaryPassword) {
        return call(() -> {
            UserRepresentation user = new UserRepresentation();
            user.setUsername(account.email());
            user.setEmail(account.email());
            user.setFirstName(account.firstName());
            user.setLastName(account.lastName());
            user.setEnabled(true);
            user.setEmailVerified(true);
            user.setAttributes(Map.of(TENANT_ATTRIBUTE, List.of(account.tenant())));
            CredentialRepresentation password = new CredentialRepresentation();
            password.setType(CredentialRepresentation.PASSWORD);
            password.setValue(account.password());
            password.setTemporary(temporaryPassword);
            user.setCredentials(List.of(password));
            String id;
            try (Response response = realm().users().create(user)) {
                id = switch (response.getStatus()) {
                    case 201 -> CreatedResponseUtil.getCreatedId(response);
                    case 409 -> throw new IdentityException(Reason.EMAIL_TAKEN, account.email(), null);
                    case 400 -> throw new IdentityException(Reason.PASSWORD_REJECTED, response.readEntity(String.class), null);
                    default -> throw new IdentityException(Reason.UNAVAILABLE, "HTTP " + response.getStatus(), null);
                };
            }
            try {
                realm().users().get(id).roles().realmLevel().add(List.of(role(account.role())));
            } catch (RuntimeException e) {
                undoCreation(id, e);
                throw e;
            }
            return id;
        });
    }

    /**
     * Keycloak went away between creating the account and granting its role: the account is removed,
     * or — Keycloak still away — remembered for the nightly sweep, never left behind unknown.
     */
    private void undoCreation(String id, RuntimeException why) {
        try {
            delete(id);
        } catch (RuntimeException stillAway) {
            if (orphans != null) {
                orphans.record(id, "role not granted at creation", String.valueOf(why.getMessage()));
            }
        }
    }

    @Override
    public void delete(String accountId) {
        call(() -> {
            try (Response response = realm().users().delete(accountId)) {
                if (response.getStatus() != 204 && response.getStatus() != 404) {
                    throw new IdentityException(Reason.UNAVAILABLE, "HTTP " + response.getStatus(), null);
                }
            }
            return null;
        });
    }

    @Override
    public void changeRole(String accountId, String tenant, Role role) {
        call(() -> {
            UserResource user = ownUser(accountId, tenant);
            List<RoleRepresentation> others = Arrays.stream(Role.values()).filter(r -> r != role && r.isStaff())
                    .map(this::role).toList();
            user.roles().realmLevel().remove(others);
            user.roles().realmLevel().add(List.of(role(role)));
            return null;
        });
    }

    @Override
    public void setEnabled(String accountId, String tenant, boolean enabled) {
        call(() -> {
            UserResource user = ownUser(accountId, tenant);
            UserRepresentation representation = user.toRepresentation();
            representation.setEnabled(enabled);
            user.update(representation);
            if (!enabled) {
                // Session by session, not users/{id}/logout: that one sets the user's not-before,
                // which Keycloak hands to the app in the next token response as a not-before policy
                // for the whole deployment (every agency's tokens issued before would be refused).
                // The member's own tokens still in flight are refused by MemberGate (disabled row).
                RealmResource realm = realm();
                user.getUserSessions().forEach(session -> realm.deleteSession(session.getId(), false));
            }
            return null;
        });
    }

    @Override
    public Optional<String> findByEmail(String email) {
        return call(() -> realm().users().searchByEmail(email, true).stream().findFirst().map(UserRepresentation::getId));
    }

    @Override
    public List<Account> accountsOfAgencies() {
        return call(() -> {
            List<Account> all = new java.util.ArrayList<>();
            for (int first = 0; ; first += 200) {
                List<UserRepresentation> page = realm().users().search((String) null, first, 200, false);
                for (UserRepresentation user : page) {
                    Map<String, List<String>> attributes = user.getAttributes();
                    List<String> tenants = attributes == null ? null : attributes.get(TENANT_ATTRIBUTE);
                    if (tenants != null && !tenants.isEmpty() && user.getEmail() != null) {
                        all.add(new Account(user.getId(), user.getEmail(), tenants.get(0)));
                    }
                }
                if (page.size() < 200) {
                    return all;
                }
            }
        });
    }

    /** The account, only if it belongs to the tenant: another agency's account is "not found". */
    private UserResource ownUser(String accountId, String tenant) {
        UserResource user = realm().users().get(accountId);
        Map<String, List<String>> attributes = user.toRepresentation().getAttributes();
        List<String> tenants = attributes == null ? null : attributes.get(TENANT_ATTRIBUTE);
        if (tenants == null || !tenants.contains(tenant)) {
            throw new IdentityException(Reason.NOT_FOUND, accountId, null);
        }
        return user;
    }

    private RoleRepresentation role(Role role) {
        return realm().roles().get(role.realmRole()).toRepresentation();
    }

    private <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (IdentityException e) {
            throw e;
        } catch (jakarta.ws.rs.NotFoundException e) {
            throw new IdentityException(Reason.NOT_FOUND, e.getMessage(), e);
        } catch (ProcessingException | WebApplicationException e) {
            // Keycloak down, slow, or refusing the service account: the caller shows "try again later".
            throw new IdentityException(Reason.UNAVAILABLE, e.getMessage(), e);
        }
    }

    private RealmResource realm() {
        Keycloak client = keycloak;
        if (client == null) {
            synchronized (this) {
                if (keycloak == null) {
                    keycloak = KeycloakBuilder.builder()
                            .serverUrl(settings.url())
                            .realm(settings.realm())
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                            .clientId(settings.clientId())
                            .clientSecret(settings.clientSecret())
                            .resteasyClient(ClientBuilder.newBuilder()
                                    .connectTimeout(settings.timeoutSeconds(), TimeUnit.SECONDS)
                                    .readTimeout(settings.timeoutSeconds(), TimeUnit.SECONDS)
                                    .register(JacksonProvider.class)
                                    .build())
                            .build();
                }
                client = keycloak;
            }
        }
        return client.realm(settings.realm());
    }

    @PreDestroy
    void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
