package org.lif.actionplans.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.lif.platform.tenancy.AgencyScope;
import org.hibernate.type.SqlTypes;
import org.lif.contracts.SourceType;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A single- or multi-agency plan that turns learning from one source (review, audit, inspection...) into actions. */
@Entity
@Table(name = "action_plan")
@Filter(name = AgencyScope.FILTER, condition = "(:agency = '*' or exists (select 1 from action a where a.plan_id = {alias}.id and a.owner_agency = :agency))", deduceAliasInjectionPoints = false)
public class ActionPlan extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    public String title;
    public String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "source_type")
    public SourceType sourceType;
    /** Id or reference of the source record (e.g. the review id in the reviews service). */
    @Column(name = "source_reference")
    public String sourceReference;
    @Enumerated(EnumType.STRING)
    public PlanScope scope;
    /** The subgroup that monitors the plan, e.g. SILG, SPIG, QPP. */
    public String subgroup;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> themes = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public PlanStatus status;
    @Column(name = "closing_summary")
    public String closingSummary;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Version
    public long version;
}
