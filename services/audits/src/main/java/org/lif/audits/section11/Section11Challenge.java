package org.lif.audits.section11;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.lif.platform.tenancy.AgencyScope;

import java.time.LocalDate;
import java.util.UUID;

/** A challenge question of the panel (or the independent chair) that the agency must answer. */
@Entity
@Table(name = "section11_challenge")
@Filter(name = AgencyScope.FILTER, condition = AgencyScope.OWNER_AGENCY)
public class Section11Challenge extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    public UUID entryId;
    public String ownerAgency;
    public String standard;
    public String question;
    public String askedBy;
    public LocalDate askedOn;
    public String answer;
    public String answeredBy;
    public LocalDate answeredOn;
}
