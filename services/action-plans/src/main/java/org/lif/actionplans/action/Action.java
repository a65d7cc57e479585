package org.lif.actionplans.action;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.lif.platform.tenancy.AgencyScope;
import org.lif.actionplans.plan.ActionPlan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One thing an agency must do, by a date, with evidence; completion is signed off by the partnership. */
@Entity
@Table(name = "action")
@Filter(name = AgencyScope.FILTER, condition = AgencyScope.OWNER_AGENCY)
public class Action extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public ActionPlan plan;
    public String description;
    @Column(name = "owner_agency")
    public String ownerAgency;
    /** A role or the name of a professional; never a child. */
    public String lead;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    public ActionStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "sign_off_status")
    public SignOffStatus signOffStatus = SignOffStatus.NONE;
    @Column(name = "sign_off_by")
    public String signOffBy;
    @Column(name = "sign_off_at")
    public OffsetDateTime signOffAt;
    @Column(name = "sign_off_reason")
    public String signOffReason;
    @Column(name = "completion_summary")
    public String completionSummary;
    /** The due date for which ActionOverdue was raised: raised once per due date, not on every check. */
    @Column(name = "overdue_raised_for")
    public LocalDate overdueRaisedFor;
    @Column(name = "recommendation_id")
    public String recommendationId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;
}
