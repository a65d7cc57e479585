package org.lif.reporting.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.lif.platform.tenancy.AgencyScope;

import java.time.LocalDate;

/** An action of a plan, owned by an agency (agency-scoped callers see only their own). */
@Entity
@Table(name = "rm_action")
@Filter(name = AgencyScope.FILTER, condition = AgencyScope.OWNER_AGENCY)
public class ActionRow extends ReadModelRow {
    @Column(name = "action_id")
    public String actionId;
    @Column(name = "plan_id")
    public String planId;
    @Column(name = "owner_agency")
    public String ownerAgency;
    @Column(name = "due_date")
    public LocalDate dueDate;
    public String status;
    @Column(name = "signed_off_on")
    public LocalDate signedOffOn;
    @Column(name = "source_type")
    public String sourceType;
    @Column(name = "source_id")
    public String sourceId;
    @Column(name = "recommendation_id")
    public String recommendationId;
    @Column(name = "created_on")
    public LocalDate createdOn;
}
