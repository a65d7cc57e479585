package org.lif.audits.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.lif.platform.tenancy.AgencyScope;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One participating agency's return to a multi-agency audit: its answers against the audit's tool. */
@Entity
@Table(name = "audit_return")
@Filter(name = AgencyScope.FILTER, condition = AgencyScope.OWNER_AGENCY)
public class AuditReturn extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    public UUID auditId;
    public String ownerAgency;
    @Enumerated(EnumType.STRING)
    public Status status;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Answer> answers = new ArrayList<>();
    public String overallGrade;
    public String summary;
    public LocalDate submittedOn;
    public OffsetDateTime updatedAt;
    public String updatedBy;

    public enum Status {
        DRAFT, SUBMITTED
    }

    /** @param caseRef the sampled case the answer is about (optional: a thematic answer may cover the sample) */
    public record Answer(String question, String caseRef, String grade, String comment) {
    }
}
