package org.lif.reviews.impact;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.platform.calendar.ClockRules;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.platform.time.Today;
import org.lif.reviews.review.Clocks;
import org.lif.reviews.review.Review;
import org.lif.reviews.review.ReviewAccess;
import org.lif.reviews.review.ReviewChanges;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.lif.reviews.review.ReviewStatus.NOT_PUBLISHED;
import static org.lif.reviews.review.ReviewStatus.PUBLISHED;

/** Evidencing impact: events planned within the configured window after publication, and what they found. */
@ApplicationScoped
public class ImpactService {

    @Inject
    ReviewAccess access;
    @Inject
    Today today;
    @Inject
    ReviewChanges changes;
    @Inject
    Clocks clocks;
    @Inject
    PartnershipContext context;

    @Transactional
    public ImpactEvent plan(UUID reviewId, ImpactRequests.PlanEvent request) {
        Review r = access.partnershipManaged(reviewId);
        ReviewChanges.require(r, "plan evidencing impact (after publication or a decision not to publish)", PUBLISHED, NOT_PUBLISHED);
        LocalDate from = clocks.plusMonths(ClockRules.EVIDENCING_IMPACT_EARLIEST_MONTHS, r.concludedOn());
        LocalDate to = clocks.plusMonths(ClockRules.EVIDENCING_IMPACT_LATEST_MONTHS, r.concludedOn());
        if (request.plannedOn().isBefore(from) || request.plannedOn().isAfter(to)) {
            throw Problems.invalid("plannedOn", "must be between " + from + " and " + to + " ("
                    + clocks.months(ClockRules.EVIDENCING_IMPACT_EARLIEST_MONTHS) + " to " + clocks.months(ClockRules.EVIDENCING_IMPACT_LATEST_MONTHS)
                    + " months after " + r.concludedOn() + ")");
        }
        ImpactEvent e = new ImpactEvent();
        e.id = UUID.randomUUID();
        e.reviewId = r.id;
        e.title = request.title();
        e.plannedOn = request.plannedOn();
        e.status = ImpactEvent.Status.PLANNED;
        e.createdBy = context.actor();
        e.createdAt = today.now();
        e.persist();
        changes.changed(r, "IMPACT_EVENT_PLANNED", r.status, e.title + " on " + e.plannedOn);
        return e;
    }

    @Transactional
    public ImpactEvent record(UUID reviewId, UUID eventId, ImpactRequests.RecordEvent request) {
        Review r = access.partnershipManaged(reviewId);
        ImpactEvent e = eventId == null ? null : ImpactEvent.findById(eventId);
        if (e == null || !e.reviewId.equals(r.id)) {
            throw Problems.notFound("Impact event", eventId);
        }
        if (e.status == ImpactEvent.Status.HELD) {
            throw Problems.conflict("This evidencing-impact event was already recorded as held on " + e.heldOn + ".");
        }
        if (request.heldOn().isBefore(r.concludedOn())) {
            throw Problems.invalid("heldOn", "must not be before the review concluded (" + r.concludedOn() + ")");
        }
        e.heldOn = request.heldOn();
        e.participants = request.participants();
        e.practiceChanged = request.practiceChanged();
        e.findings = request.findings();
        e.status = ImpactEvent.Status.HELD;
        if (r.impactEvidencedOn == null || r.impactEvidencedOn.isBefore(e.heldOn)) {
            r.impactEvidencedOn = e.heldOn;
        }
        changes.changed(r, "IMPACT_EVIDENCED", r.status, "practice changed: " + e.practiceChanged);
        return e;
    }

    public List<ImpactEvent> list(UUID reviewId) {
        Review r = access.learningVisible(reviewId);
        return ImpactEvent.list("reviewId", Sort.by("plannedOn").and("id"), r.id);
    }
}
