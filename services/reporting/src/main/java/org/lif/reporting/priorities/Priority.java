package org.lif.reporting.priorities;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What the partners decided for one theme in one reporting year. */
@Entity
@Table(name = "priority")
public class Priority extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    public int year;
    public String theme;
    @Enumerated(EnumType.STRING)
    public Decision decision;
    public String rationale;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Created (a new need or gap), Stabilised (working well, keep it so) or Changed (must improve). */
    public enum Decision {
        CREATED, STABILISED, CHANGED
    }
}
