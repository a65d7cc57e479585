package org.lif.audits.section11;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.lif.audits.common.Rag;
import org.lif.platform.tenancy.AgencyScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One agency in one partnership's cycle: which self-assessment it stands on (its own, or one shared from another
 * partnership) and this partnership's own evaluation of it. Each partnership evaluates separately.
 */
@Entity
@Table(name = "section11_entry")
@Filter(name = AgencyScope.FILTER, condition = AgencyScope.OWNER_AGENCY)
public class Section11Entry extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    public UUID cycleId;
    public String ownerAgency;
    public UUID assessmentId;
    public boolean shared;
    public LocalDate sharedOn;
    @Enumerated(EnumType.STRING)
    public Evaluation evaluationStatus;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Moderation> moderated = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    public LocalDate agreedOn;
    public String chairFeedback;
    public String chairFeedbackBy;
    @JdbcTypeCode(SqlTypes.JSON)
    public StaffSurvey staffSurvey;
    @Version
    public long version;

    public enum Evaluation {
        /** The agency is still drafting. */
        DRAFT,
        SUBMITTED,
        MODERATING,
        AGREED
    }

    public enum Outcome {
        COMPLIANT, PARTIALLY_COMPLIANT, NOT_COMPLIANT
    }

    public record Moderation(String standard, Rag rating, String comment) {
    }

    /** The front-line staff survey of the agency: how many answered, and per question the share that agreed. */
    public record StaffSurvey(LocalDate surveyedOn, int respondents, List<SurveyResult> results, String summary) {
    }

    public record SurveyResult(String question, int agreePercent) {
    }

    public Rag moderated(String standard) {
        return moderated.stream().filter(m -> m.standard().equals(standard)).map(Moderation::rating).findFirst().orElse(null);
    }
}
