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

/** A recommendation issued by a review or an audit; its status follows its actions. */
@Entity
@Table(name = "rm_recommendation")
public class RecommendationRow extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
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
