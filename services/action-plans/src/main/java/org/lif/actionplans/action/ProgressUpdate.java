package org.lif.actionplans.action;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.lif.platform.tenancy.AgencyScope;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A note on an action's progress with its evidence; recordedAt is when it was recorded. */
@Entity
@Table(name = "progress_update")
@Filter(name = AgencyScope.FILTER, condition = "(:agency = '*' or exists (select 1 from action a where a.id = {alias}.action_id and a.owner_agency = :agency))", deduceAliasInjectionPoints = false)
public class ProgressUpdate extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id")
    public Action action;
    public String note;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Evidence> evidence = new ArrayList<>();
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
}
