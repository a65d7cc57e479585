package org.lif.reporting.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A recommendation issued by a review or an audit; its status follows its actions. */
@Entity
@Table(name = "rm_recommendation")
public class RecommendationRow extends ReadModelRow {
    @Column(name = "recommendation_id")
    public String recommendationId;
    @Column(name = "source_type")
    public String sourceType;
    @Column(name = "source_id")
    public String sourceId;
    @Column(name = "source_title")
    public String sourceTitle;
    public String subgroup;
    @Column(name = "issued_on")
    public LocalDate issuedOn;
    public String status;
}
