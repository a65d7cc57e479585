package org.lif.audits.section11;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A partnership's Section 11 cycle: year 1 self-assessment (and panel evaluation), then action-plan tracking until it
 * closes. It keeps the version of the standards it was opened with.
 */
@Entity
@Table(name = "section11_cycle")
public class Section11Cycle extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    public String title;
    public int startYear;
    public int lengthYears;
    @Enumerated(EnumType.STRING)
    public Phase phase;
    public UUID standardsSetId;
    public UUID previousCycleId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> agencies = new ArrayList<>();
    public LocalDate submissionsDueOn;
    public LocalDate openedOn;
    public LocalDate closedOn;
    public String createdBy;
    @Version
    public long version;

    public enum Phase {
        /** Year 1: agencies self-assess, the panel evaluates. */
        SELF_ASSESSMENT,
        /** Year 2 onwards: the actions from the evaluations are tracked. */
        ACTION_PLAN_TRACKING,
        CLOSED
    }
}
