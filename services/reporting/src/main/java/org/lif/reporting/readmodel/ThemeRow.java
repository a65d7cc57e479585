package org.lif.reporting.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.LocalDate;

/** Links a fact (review case, review, recommendation, plan, audit, course, briefing) to a learning theme. */
@Entity
@Table(name = "rm_theme")
public class ThemeRow extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    @Column(name = "fact_type")
    public String factType;
    @Column(name = "fact_id")
    public String factId;
    public String theme;
    @Column(name = "occurred_on")
    public LocalDate occurredOn;
}
