package io.relance.domain.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

/**
 * What every tenant-owned row has: a database id and the agency it belongs to. Hibernate fills
 * {@code tenant_id} from the tenant resolver on insert and adds it to every query; it is never set
 * by code, so one mapping here serves every entity.
 */
@MappedSuperclass
public abstract class TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false, length = 40)
    private String tenantId;

    public Long getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }
}
