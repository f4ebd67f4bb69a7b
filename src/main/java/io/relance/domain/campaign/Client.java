package io.relance.domain.campaign;

import io.relance.domain.tenant.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A brand the agency works for; its campaigns are followed up, and it reads their pages. */
@Entity
@Table(name = "client")
public class Client extends TenantRecord {

    @Column(nullable = false, length = 160)
    private String name;

    protected Client() {
    }

    public Client(String name, Instant createdAt) {
        super(createdAt);
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }
}
