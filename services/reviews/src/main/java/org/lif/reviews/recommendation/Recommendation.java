package org.lif.reviews.recommendation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** A recommendation of a review (or an immediate action of a rapid review); once issued, agencies act on it. */
@Entity
@Table(name = "recommendation")
public class Recommendation extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    public UUID reviewId;
    public String text;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> targetAgencies = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> themes = new ArrayList<>();
    public LocalDate suggestedDueOn;
    /** An immediate action from a rapid review's outcome. */
    public boolean immediate;
    @Enumerated(EnumType.STRING)
    public Status status;
    public LocalDate issuedOn;
    public String issuedBy;
    public OffsetDateTime createdAt;
    public String createdBy;

    public enum Status {
        DRAFT, ISSUED
    }
}
