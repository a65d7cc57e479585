package org.lif.audits.audit;

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

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An audit on the partnership's programme: its plan, and what was done. Cases only by pseudonymised reference. */
@Entity
@Table(name = "audit")
public class Audit extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    @Enumerated(EnumType.STRING)
    public AuditType type;
    @Enumerated(EnumType.STRING)
    public AuditStatus status;
    public String title;
    public int programmeYear;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> themes = new ArrayList<>();
    public String subgroup;
    public LocalDate plannedStart;
    public LocalDate plannedEnd;
    public String lead;
    public UUID toolId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> agencies = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> caseSample = new ArrayList<>();
    public LocalDate returnsDueOn;
    public String voiceOfChild;
    public String consultation;
    public LocalDate discussionHeldOn;
    public String discussionNotes;
    public LocalDate reportedToSubgroupOn;
    public String reportSummary;
    /** The agency of a single-agency audit. */
    public String ownerAgency;
    public LocalDate requestedOn;
    public String singleAgencySummary;
    public String singleAgencyOutcomes;
    public Integer casesAudited;
    public LocalDate sharedOn;
    public LocalDate startedOn;
    public LocalDate completedOn;
    public String cancelledReason;
    public OffsetDateTime createdAt;
    public String createdBy;
    @Version
    public long version;

    public int cases() {
        return type.multiAgency() ? caseSample.size() : casesAudited == null ? 0 : casesAudited;
    }
}
