package org.lif.reporting.dataset;

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
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.lif.platform.tenancy.AgencyScope;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The value an agency submitted for one indicator and quarter of the reporting year (Q1 = the year's first three months). */
@Entity
@Table(name = "indicator_value")
@Filter(name = AgencyScope.FILTER, condition = AgencyScope.OWNER_AGENCY)
public class IndicatorValue extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;
    @Column(name = "owner_agency")
    public String ownerAgency;
    public int year;
    public int quarter;
    public BigDecimal value;
    @Column(name = "comparison_value")
    public BigDecimal comparisonValue;
    @Enumerated(EnumType.STRING)
    public Confidence confidence;
    public String commentary;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    /** How far the agency trusts the figure (data quality). */
    public enum Confidence {
        HIGH, MEDIUM, LOW
    }
}
