package org.lif.audits.audit;

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

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A finding of a multi-agency audit: good practice, or an area for improvement. */
@Entity
@Table(name = "audit_finding")
public class AuditFinding extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    public UUID auditId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String text;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> themes = new ArrayList<>();
    public OffsetDateTime createdAt;
    public String createdBy;

    public enum Kind {
        GOOD_PRACTICE, AREA_FOR_IMPROVEMENT
    }
}
