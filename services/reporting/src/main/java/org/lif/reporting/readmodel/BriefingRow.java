package org.lif.reporting.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A published learning briefing. */
@Entity
@Table(name = "rm_briefing")
public class BriefingRow extends ReadModelRow {
    @Column(name = "briefing_id")
    public String briefingId;
    public String title;
    public String kind;
    @Column(name = "published_on")
    public LocalDate publishedOn;
}
