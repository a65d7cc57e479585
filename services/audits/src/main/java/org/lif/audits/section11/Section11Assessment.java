package org.lif.audits.section11;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.lif.audits.common.Rag;
import org.lif.platform.tenancy.AgencyScope;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An agency's Section 11 self-assessment. Deliberately NOT partnership-scoped: an agency working in several
 * partnerships submits once and shares it to each. It is only ever reached through a partnership's
 * {@link Section11Entry} (which is partnership-scoped), so a partnership it was not shared to cannot find it; the
 * agency filter confines agency users to their own.
 */
@Entity
@Table(name = "section11_assessment")
@Filter(name = AgencyScope.FILTER, condition = AgencyScope.OWNER_AGENCY)
public class Section11Assessment extends PanacheEntityBase {
    @Id
    public UUID id;
    public String ownerAgency;
    /** The partnership whose cycle it was started in; only there can it be edited. */
    public String homePartnership;
    public int startYear;
    @Enumerated(EnumType.STRING)
    public Status status;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Answer> answers = new ArrayList<>();
    public UUID carriedForwardFrom;
    public LocalDate submittedOn;
    public OffsetDateTime updatedAt;
    public String updatedBy;
    @Version
    public long version;

    public enum Status {
        DRAFT, SUBMITTED
    }

    /** @param carriedForward copied from the previous cycle and not changed since */
    public record Answer(String standard, Rag rag, String narrative, List<Evidence> evidence, boolean carriedForward) {
    }

    /** @param dated the date the evidence refers to */
    public record Evidence(String description, LocalDate dated) {
    }

    public Rag rag(String standard) {
        return answers.stream().filter(a -> a.standard().equals(standard)).map(Answer::rag).findFirst().orElse(null);
    }
}
