package org.lif.platform.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.OffsetDateTime;

/** One state change: who, when, what, from → to. Append-only (the table refuses updates and deletes). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    public String actor;
    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
    @Column(name = "entity_type")
    public String entityType;
    @Column(name = "entity_id")
    public String entityId;
    public String action;
    @Column(name = "from_state")
    public String fromState;
    @Column(name = "to_state")
    public String toState;
    public String detail;
    /** The agency owning the changed record, where readers are confined to their agency's records; else null. */
    @Column(name = "owner_agency")
    public String ownerAgency;
}
