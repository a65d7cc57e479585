package org.lif.training.briefing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.lif.platform.tenancy.AgencyScope;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An agency's confirmation that it cascaded a briefing to its teams, and how many staff it reached. */
@Entity
@Table(name = "briefing_cascade")
@Filter(name = AgencyScope.FILTER, condition = AgencyScope.OWNER_AGENCY)
public class BriefingCascade extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "briefing_id")
    public Briefing briefing;
    @Column(name = "owner_agency")
    public String ownerAgency;
    @Column(name = "count_reached")
    public int countReached;
    @Column(name = "cascaded_on")
    public LocalDate cascadedOn;
    public String note;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
