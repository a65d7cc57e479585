package org.lif.reporting.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A published course (its themes are in rm_theme). */
@Entity
@Table(name = "rm_course")
public class CourseRow extends ReadModelRow {
    @Column(name = "course_id")
    public String courseId;
    public String title;
}
