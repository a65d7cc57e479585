package org.lif.training.course;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A course in the partnership's multi-agency training programme. */
@Entity
@Table(name = "course")
public class Course extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    public String title;
    public String description;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "learning_outcomes", columnDefinition = "text[]")
    public List<String> learningOutcomes = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    @Column(name = "audience_level")
    public AudienceLevel audienceLevel;
    @Enumerated(EnumType.STRING)
    public Delivery delivery;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> themes = new ArrayList<>();
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Version
    public long version;
}
