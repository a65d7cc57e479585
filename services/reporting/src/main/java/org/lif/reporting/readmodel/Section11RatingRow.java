package org.lif.reporting.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.lif.platform.tenancy.AgencyScope;

import java.time.LocalDate;

/** One agency's agreed (moderated, else self-assessed) RAG rating of one Section 11 standard in a cycle. */
@Entity
@Table(name = "rm_section11_rating")
@Filter(name = AgencyScope.FILTER, condition = ReadModel.AGENCY)
public class Section11RatingRow extends ReadModelRow {
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
