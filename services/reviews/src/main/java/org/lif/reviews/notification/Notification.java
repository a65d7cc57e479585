package org.lif.reviews.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A serious incident notification to the national Panel. The record is not changed once made. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    public LocalDate becameAwareOn;
    public LocalDate notifiedOn;
    public LocalDate notificationDueOn;
    public boolean late;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ChildRecord> children = new ArrayList<>();
    public String summary;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> agenciesInvolved = new ArrayList<>();
    public UUID rapidReviewId;
    public OffsetDateTime createdAt;
    public String createdBy;
}
