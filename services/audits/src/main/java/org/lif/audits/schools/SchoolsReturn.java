package org.lif.audits.schools;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.lif.audits.common.Rag;
import org.lif.platform.tenancy.AgencyScope;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A school's return in a schools audit window, signed off by its governor, and the partnership's follow-up visits. */
@Entity
@Table(name = "schools_return")
@Filter(name = AgencyScope.FILTER, condition = AgencyScope.OWNER_AGENCY)
public class SchoolsReturn extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    public UUID windowId;
    public String ownerAgency;
    @Enumerated(EnumType.STRING)
    public Status status;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Answer> answers = new ArrayList<>();
    /** The designated safeguarding lead who completed it (name of a member of staff, not of a child). */
    public String leadName;
    public String governorName;
    public LocalDate governorSignedOn;
    public LocalDate submittedOn;
    public Boolean onTime;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Visit> visits = new ArrayList<>();
    public OffsetDateTime updatedAt;
    public String updatedBy;

    public enum Status {
        DRAFT, SUBMITTED, VALIDATED
    }

    /** @param validatedRating the rating after a follow-up visit (null until visited) */
    public record Answer(String standard, Rag selfRating, String narrative, Rag validatedRating) {
    }

    /** @param changes the standards whose rating the visit changed (or confirmed), with the rating it found */
    public record Visit(LocalDate visitedOn, String visitedBy, String notes, List<RatingChange> changes) {
    }

    public record RatingChange(String standard, Rag from, Rag to) {
    }
}
