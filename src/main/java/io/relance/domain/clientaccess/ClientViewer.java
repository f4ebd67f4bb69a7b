package io.relance.domain.clientaccess;

import io.relance.domain.tenant.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A person of a client (brand) who reads that brand's campaigns, read-only. The binding to the
 * brand lives here, in the agency's data, not in the token: the token only says who and which agency.
 */
@Entity
@Table(name = "client_viewer")
public class ClientViewer extends TenantRecord {

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "account_id", length = 64)
    private String accountId;

    @Column(nullable = false, length = 254, updatable = false)
    private String email;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", length = 100)
    private String lastName;

    @Column(nullable = false)
    private boolean enabled = true;

    protected ClientViewer() {
    }

    public ClientViewer(long clientId, String accountId, String email, String firstName, String lastName, Instant createdAt) {
        super(createdAt);
        this.clientId = clientId;
        this.accountId = accountId;
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
    }

    public long getClientId() { return clientId; }
    public String getAccountId() { return accountId; }
    public String getEmail() { return email; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public boolean isEnabled() { return enabled; }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
