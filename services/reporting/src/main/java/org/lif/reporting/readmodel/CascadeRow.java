package org.lif.reporting.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.lif.platform.tenancy.AgencyScope;

import java.time.LocalDate;

/** An agency's confirmation that it cascaded a briefing to its staff. */
@Entity
@Table(name = "rm_cascade")
@Filter(name = AgencyScope.FILTER, condition = ReadModel.AGENCY)
public class CascadeRow extends ReadModelRow {
    @Column(name = "cascade_id")
    public String cascadeId;
    @Column(name = "briefing_id")
    public String briefingId;
    public String agency;
    @Column(name = "count_reached")
    public int countReached;
    @Column(name = "cascaded_on")
    public LocalDate cascadedOn;
}
