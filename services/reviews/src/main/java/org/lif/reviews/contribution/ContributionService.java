package org.lif.reviews.contribution;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.platform.time.Today;
import org.lif.reviews.review.Audience;
import org.lif.reviews.review.Clocks;
import org.lif.reviews.review.Review;
import org.lif.reviews.review.ReviewAccess;
import org.lif.reviews.review.ReviewChanges;
import org.lif.reviews.review.ReviewStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.lif.reviews.review.ReviewStatus.*;

/** Information requests to agencies and their contributions: each agency sees and submits only its own. */
@ApplicationScoped
public class ContributionService {

    static final String ENTITY = "information-request";

    @Inject
    ReviewAccess access;
    @Inject
    Today today;
    @Inject
    ReviewChanges changes;
    @Inject
    AuditTrail audit;
    @Inject
    PartnershipContext context;

    /** Statuses in which agencies may still be asked and may still contribute. */
    static final ReviewStatus[] OPEN = {INFORMATION_GATHERING, MEETING_HELD, DECIDED, COMMISSIONED, IN_PROGRESS, DRAFT_REPORT};

    @Transactional(Transactional.TxType.MANDATORY)
    public InformationRequest create(Review review, String agency, LocalDate requestedOn, LocalDate dueOn, String note) {
        if (InformationRequest.count("reviewId = ?1 and agency = ?2 and status = ?3", review.id, agency,
                InformationRequest.RequestStatus.REQUESTED) > 0) {
            throw Problems.conflict("Agency " + agency + " already has an open information request on this review.");
        }
        InformationRequest r = new InformationRequest();
        r.id = UUID.randomUUID();
        r.reviewId = review.id;
        r.agency = agency;
        r.requestedOn = requestedOn;
        r.dueOn = dueOn;
        r.note = note;
        r.status = InformationRequest.RequestStatus.REQUESTED;
        r.createdBy = context.actor();
        r.persist();
        if (!review.agencies.contains(agency)) {
            List<String> agencies = new ArrayList<>(review.agencies);
            agencies.add(agency);
            review.agencies = agencies;
        }
        audit.record(ENTITY, r.id, "REQUESTED", null, r.status, "review " + review.id + ", agency " + agency + ", due " + dueOn);
        return r;
    }

    @Transactional
    public InformationRequest request(UUID reviewId, ContributionRequests.RequestInformation request) {
        Review review = access.partnershipManaged(reviewId);
        ReviewChanges.require(review, "ask an agency for information", OPEN);
        InformationRequest r = create(review, request.agency(), today.date(), request.dueOn(), request.note());
        changes.changed(review, "INFORMATION_REQUESTED", review.status, request.agency());
        return r;
    }

    @Transactional
    public InformationRequest contribute(UUID reviewId, UUID requestId, ContributionRequests.Contribute request) {
        Review review = access.visible(reviewId);
        InformationRequest r = own(review, requestId);
        ReviewChanges.require(review, "contribute", OPEN);
        if (r.status == InformationRequest.RequestStatus.SUBMITTED) {
            throw Problems.conflict("This contribution was already submitted on " + r.submittedOn + ".");
        }
        r.chronology = request.chronology();
        r.summary = request.summary();
        r.submittedOn = today.date();
        r.submittedBy = context.actor();
        r.status = InformationRequest.RequestStatus.SUBMITTED;
        audit.record(ENTITY, r.id, "SUBMITTED", InformationRequest.RequestStatus.REQUESTED, r.status,
                "agency " + r.agency + (r.submittedOn.isAfter(r.dueOn) ? ", late (due " + r.dueOn + ")" : ""));
        return r;
    }

    /** The requests of a review the caller may see: all of them, or only its own agency's. */
    public List<InformationRequest> list(UUID reviewId) {
        Review review = access.visible(reviewId);
        Sort sort = Sort.by("dueOn").and("agency");
        if (access.audience(review) == Audience.FULL) {
            return InformationRequest.list("reviewId", sort, review.id);
        }
        Optional<String> agency = access.contributingAgency();
        if (agency.isEmpty() || access.audience(review) != Audience.CONTRIBUTOR) {
            throw Problems.notFound("Review", reviewId);
        }
        return InformationRequest.list("reviewId = ?1 and agency = ?2", sort, review.id, agency.get());
    }

    private InformationRequest own(Review review, UUID requestId) {
        InformationRequest r = requestId == null ? null : InformationRequest.findById(requestId);
        if (r == null || !r.reviewId.equals(review.id)) {
            throw Problems.notFound("Information request", requestId);
        }
        if (!access.manages() && !access.contributingAgency().map(r.agency::equals).orElse(false)) {
            throw Problems.notFound("Information request", requestId);
        }
        return r;
    }
}
