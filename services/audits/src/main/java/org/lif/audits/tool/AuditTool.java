package org.lif.audits.tool;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One version of an audit tool: a question set and a grading scale. Versions of one tool share {@link #toolKey};
 * a version is never changed once made, so audits that used it keep meaning what they meant.
 */
@Entity
@Table(name = "audit_tool")
public class AuditTool extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    public UUID toolKey;
    public int version;
    public String name;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Question> questions = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> gradingScale = new ArrayList<>();
    public OffsetDateTime createdAt;
    public String createdBy;

    /** @param code short code answers refer to, e.g. "Q1" */
    public record Question(String code, String text) {
    }

    public boolean hasQuestion(String code) {
        return questions.stream().anyMatch(q -> q.code().equals(code));
    }
}
