package org.lif.reporting.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.lif.platform.tenancy.AgencyScope;

import java.time.LocalDate;

/** A school's Section 175/157 return in a window, with its RAG counts. */
@Entity
@Table(name = "rm_schools_return")
@Filter(name = AgencyScope.FILTER, condition = ReadModel.AGENCY)
public class SchoolsReturnRow extends ReadModelRow {
    @Column(name = "window_id")
    public String windowId;
    @Column(name = "academic_year")
    public String academicYear;
    public String agency;
    @Column(name = "submitted_on")
    public LocalDate submittedOn;
    @Column(name = "on_time")
    public boolean onTime;
    public int red;
    public int amber;
    public int green;
}
