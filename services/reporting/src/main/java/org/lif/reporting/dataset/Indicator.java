package org.lif.reporting.dataset;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.lif.platform.tenancy.AgencyScope;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An indicator of the partnership's dataset in one reporting year's set (the set is versioned yearly; {@link #code}
 * links the same indicator across years). Relevant agencies see only the indicators their agency owns.
 */
@Entity
@Table(name = "indicator")
@Filter(name = AgencyScope.FILTER, condition = AgencyScope.OWNER_AGENCY)
public class Indicator extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    public int year;
    public String code;
    public String name;
    public String definition;
    public String unit;
    @Enumerated(EnumType.STRING)
    public Polarity polarity;
    public BigDecimal target;
    @Column(name = "owner_agency")
    public String ownerAgency;
    public String theme;
    @Column(name = "comparison_label")
    public String comparisonLabel;

    /** Which way is better. */
    public enum Polarity {
        HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL
    }
}
