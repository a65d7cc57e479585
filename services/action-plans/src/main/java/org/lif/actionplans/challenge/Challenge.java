package org.lif.actionplans.challenge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.lif.platform.scrutiny.ChallengeResponse;
import org.lif.platform.tenancy.AgencyScope;
import org.lif.actionplans.plan.ActionPlan;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The independent chair's challenge on a plan, and the plan owner's answer. */
@Entity
@Table(name = "challenge")
@Filter(name = AgencyScope.FILTER, condition = "(:agency = '*' or exists (select 1 from action a where a.plan_id = {alias}.plan_id and a.owner_agency = :agency))", deduceAliasInjectionPoints = false)
public class Challenge extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public ActionPlan plan;
    public String question;
    @Column(name = "raised_by")
    public String raisedBy;
    @Column(name = "raised_at")
    public OffsetDateTime raisedAt;
    @Embedded
    public ChallengeResponse response = new ChallengeResponse();
}
