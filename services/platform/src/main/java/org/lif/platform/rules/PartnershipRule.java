package org.lif.platform.rules;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.OffsetDateTime;

/** A partnership's own value of a {@link LocalRule}; one row per partnership and rule. */
@Entity
@Table(name = "partnership_rule")
public class PartnershipRule extends PanacheEntityBase {
    @Id
    public String rule;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    public int value;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
}
