package org.lif.audits.recommendation;

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
import org.lif.contracts.SourceType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A recommendation of an audit (AUDIT), an improvement action of a Section 11 evaluation (SECTION_11) or of a schools
 * return (SECTION_175): issued to action-plans when recorded.
 */
@Entity
@Table(name = "recommendation")
public class Recommendation extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    @Enumerated(EnumType.STRING)
    public SourceType sourceType;
    public UUID sourceId;
    public String sourceTitle;
    public String text;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> targetAgencies = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> themes = new ArrayList<>();
    public LocalDate suggestedDueOn;
    public LocalDate issuedOn;
    public String issuedBy;
}
