package org.lif.reviews.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.persistence.Column;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A review: a rapid review opened by a notification, or a commissioned review (LCSPR and the others).
 * Its parts are changed only by the feature services (rapidreview, conduct, publication, ...), which validate each move.
 */
@Entity
@Table(name = "review")
public class Review extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    @Enumerated(EnumType.STRING)
    public ReviewType type;
    @Enumerated(EnumType.STRING)
    public ReviewStatus status;
    /** Pseudonyms only, e.g. "LCSPR: Child T". */
    public String title;
    public UUID notificationId;
    /** The rapid review whose decision opened this review. */
    public UUID originReviewId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> themes = new ArrayList<>();
    /** Agencies involved with the child(ren) or asked to contribute. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> agencies = new ArrayList<>();

    // --- rapid review ---
    /** Last day of the rapid-review clock. */
    public LocalDate dueOn;
    public LocalDate meetingHeldOn;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> meetingAgencies = new ArrayList<>();
    public String meetingNotes;
    public String immediateLearning;
    @Enumerated(EnumType.STRING)
    public Decision decision;
    public String decisionReasons;
    public LocalDate decidedOn;
    @Enumerated(EnumType.STRING)
    public ReviewType followUpType;
    public UUID followUpReviewId;
    public LocalDate submittedToPanelOn;
    public LocalDate panelResponseOn;
    public String panelResponse;
    public Boolean panelAgrees;

    // --- commissioned review ---
    public LocalDate finalReportDueOn;
    public String reviewerUsername;
    public String independenceDeclaration;
    public LocalDate reviewerAppointedOn;
    public String termsOfReference;
    public String methodology;
    @JdbcTypeCode(SqlTypes.JSON)
    public ReportDocument draftReport;
    @JdbcTypeCode(SqlTypes.JSON)
    public ReportDocument finalReport;
    public String partnershipResponse;
    public LocalDate partnershipResponseOn;
    /** Report sent to the Panel and the Secretary of State. */
    public LocalDate panelNotifiedOn;
    public LocalDate plannedPublicationOn;
    public LocalDate publishedOn;
    public String publicationUrl;
    public LocalDate mayComeDownOn;
    public LocalDate notPublishedOn;
    public String notPublishedReasons;

    /** The day an evidencing-impact event was held. */
    public LocalDate impactEvidencedOn;

    // --- where it stands (kept current by Deadlines.refresh on every change) ---
    public String nextDeadlineRule;
    public LocalDate nextDeadlineOn;

    public OffsetDateTime createdAt;
    public String createdBy;
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /** The date the report came out (published, or the decision not to publish). */
    public LocalDate concludedOn() {
        return publishedOn != null ? publishedOn : notPublishedOn;
    }
}
