package org.lif.reporting.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

/** What every read-model row has: a surrogate id and its partnership (the tenant). Natural keys are unique per partnership. */
@MappedSuperclass
public abstract class ReadModelRow extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
}
