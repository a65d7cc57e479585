package org.lif.audits.recommendation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Read model of one action (in action-plans) taken on one of our recommendations, kept from its events. */
@Entity
@Table(name = "action_progress")
public class ActionProgress extends PanacheEntityBase {
    @Id
    public String actionId;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    public UUID recommendationId;
    public String ownerAgency;
    @Enumerated(EnumType.STRING)
    public State state;
    public LocalDate dueOn;
    public LocalDate completedOn;
    public OffsetDateTime updatedAt;

    public enum State {
        OPEN, OVERDUE, COMPLETED
    }
}
