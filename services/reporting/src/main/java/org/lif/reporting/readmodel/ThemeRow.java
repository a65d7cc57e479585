package org.lif.reporting.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** Links a fact (review case, review, recommendation, plan, audit, course, briefing) to a learning theme. */
@Entity
@Table(name = "rm_theme")
public class ThemeRow extends ReadModelRow {
    @Column(name = "fact_type")
    public String factType;
    @Column(name = "fact_id")
    public String factId;
    public String theme;
    @Column(name = "occurred_on")
    public LocalDate occurredOn;
}
