package io.relance.domain.staff;

import io.relance.domain.tenant.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A person of the agency who logs in through Keycloak. Keycloak owns the credentials and the role
 * that goes into the token; this row is the agency's view of its team (list, role, enabled), and
 * what later features point at (callers, relationship owners).
 */
@Entity
@Table(name = "staff_member")
public class StaffMember extends TenantRecord {

    @Column(name = "keycloak_id", length = 36)
    private String keycloakId;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "first_name", nullable = false, length = 80)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 80)
    private String lastName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Tokens issued before this instant are refused (set when the member is disabled). */
    @Column(name = "tokens_valid_from")
    private Instant tokensValidFrom;

    protected StaffMember() {
    }

    public StaffMember(String keycloakId, String email, String firstName, String lastName, Role role, Instant createdAt) {
        super(createdAt);
        this.keycloakId = keycloakId;
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.role = role;
    }

    public String getKeycloakId() {
        return keycloakId;
    }

    public void linkKeycloakId(String keycloakId) {
        this.keycloakId = keycloakId;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public Role getRole() {
        return role;
    }

    public void changeRole(Role role) {
        this.role = role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Disables the member and revokes every token they hold now, whatever happens to them later. */
    public void disable(Instant now) {
        this.enabled = false;
        this.tokensValidFrom = now;
    }
}
