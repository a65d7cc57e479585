package org.lif.reporting.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.lif.platform.tenancy.AgencyScope;

import java.time.LocalDate;

/** One agency's agreed (moderated, else self-assessed) RAG rating of one Section 11 standard in a cycle. */
@Entity
@Table(name = "rm_section11_rating")
@Filter(name = AgencyScope.FILTER, condition = ReadModel.AGENCY)
public class Section11RatingRow extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    @Column(name = "cycle_id")
    public String cycleId;
    @Column(name = "start_year")
    public int startYear;
    public String agency;
    public String standard;
    public String title;
    public String rating;
    @Column(name = "agreed_on")
    public LocalDate agreedOn;
}
