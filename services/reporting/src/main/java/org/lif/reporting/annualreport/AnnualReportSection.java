package org.lif.reporting.annualreport;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.util.UUID;

/** A Working Together section of a yearly report: figures assembled from the data (JSON), flags, and the partners' narrative. */
@Entity
@Table(name = "annual_report_section")
public class AnnualReportSection extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    @Column(name = "report_id")
    public UUID reportId;
    public int position;
    @Column(name = "section_key")
    public String key;
    public String title;
    public String narrative;
    /** JSON array of tables. */
    public String figures;
    /** JSON array of strings: where evidence is missing. */
    public String flags;
}
