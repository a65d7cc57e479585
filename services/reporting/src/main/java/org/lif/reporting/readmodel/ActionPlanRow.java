package org.lif.reporting.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An action plan (its themes are in rm_theme). */
@Entity
@Table(name = "rm_action_plan")
public class ActionPlanRow extends ReadModelRow {
    @Column(name = "plan_id")
    public String planId;
    public String title;
    @Column(name = "source_type")
    public String sourceType;
    @Column(name = "source_id")
    public String sourceId;
    public String subgroup;
    public boolean closed;
}
