package org.lif.audits.schools;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The yearly Section 175/157 schools audit: the window schools complete their returns in. */
@Entity
@Table(name = "schools_window")
public class SchoolsWindow extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    public String academicYear;
    public LocalDate opensOn;
    public LocalDate closesOn;
    public UUID standardsSetId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> schools = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public Status status;
    public String createdBy;

    /** ACTIVE: returns are accepted from the opening date (late after the closing date); CLOSED: no more returns. */
    public enum Status {
        ACTIVE, CLOSED
    }
}
