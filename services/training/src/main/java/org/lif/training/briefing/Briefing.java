package org.lif.training.briefing;

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
import org.lif.contracts.SourceType;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A learning briefing (e.g. a 7-minute briefing) from a review or audit, for agencies to cascade to their teams. */
@Entity
@Table(name = "briefing")
public class Briefing extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    public String title;
    @Enumerated(EnumType.STRING)
    public BriefingKind kind;
    public String summary;
    public String link;
    @Enumerated(EnumType.STRING)
    @Column(name = "source_type")
    public SourceType sourceType;
    @Column(name = "source_id")
    public String sourceId;
    @Column(name = "source_title")
    public String sourceTitle;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> themes = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public BriefingStatus status;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Version
    public long version;
}
