package org.lif.reporting.annualreport;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One version of the yearly report: a draft until finalised (then immutable), then published to the agencies. */
@Entity
@Table(name = "annual_report")
public class AnnualReport extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    public int year;
    public int version;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "assembled_at")
    public OffsetDateTime assembledAt;
    @Column(name = "finalised_at")
    public OffsetDateTime finalisedAt;
    @Column(name = "finalised_by")
    public String finalisedBy;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    public enum Status {
        DRAFT, FINALISED, PUBLISHED
    }
}
