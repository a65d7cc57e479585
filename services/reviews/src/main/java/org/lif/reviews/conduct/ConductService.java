package org.lif.reviews.conduct;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.platform.time.Today;
import org.lif.reviews.review.ReportDocument;
import org.lif.reviews.review.Review;
import org.lif.reviews.review.ReviewAccess;
import org.lif.reviews.review.ReviewChanges;
import org.lif.reviews.review.ReviewStatus;
import org.lif.reviews.review.Themes;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.lif.reviews.review.ReviewStatus.*;

/**
 * Carrying out a commissioned review: the independent reviewer, terms of reference and methodology, involvement of
 * practitioners and family, draft and final report, findings. The assigned reviewer may do all but appoint.
 */
@ApplicationScoped
public class ConductService {

    @Inject
    ReviewAccess access;
    @Inject
    Today today;
    @Inject
    ReviewChanges changes;
    @Inject
    Themes themes;
    @Inject
    PartnershipContext context;

    @Transactional
    public Review appointReviewer(UUID id, ConductRequests.AppointReviewer request) {
        Review r = commissioned(access.partnershipManaged(id), "appoint a reviewer");
        ReviewChanges.require(r, "appoint a reviewer", COMMISSIONED, IN_PROGRESS, DRAFT_REPORT);
        if (r.decidedOn != null && request.appointedOn().isBefore(r.decidedOn)) {
            throw Problems.invalid("appointedOn", "must not be before the decision (" + r.decidedOn + ")");
        }
        ReviewStatus from = r.status;
        String previous = r.reviewerUsername;
        r.reviewerUsername = request.username();
        r.independenceDeclaration = request.independenceDeclaration();
        r.reviewerAppointedOn = request.appointedOn();
        if (r.status == COMMISSIONED) {
            r.status = IN_PROGRESS;
        }
        changes.changed(r, "REVIEWER_APPOINTED", from, request.username() + (previous == null ? "" : " (replacing " + previous + ")"));
        return r;
    }

    @Transactional
    public Review termsOfReference(UUID id, ConductRequests.TermsOfReference request) {
        Review r = commissioned(access.managed(id), "set terms of reference");
        ReviewChanges.require(r, "set the terms of reference", COMMISSIONED, IN_PROGRESS, DRAFT_REPORT);
        r.termsOfReference = request.termsOfReference();
        r.methodology = request.methodology();
        changes.changed(r, "TERMS_OF_REFERENCE_SET", r.status, null);
        return r;
    }

    @Transactional
    public Involvement recordInvolvement(UUID id, ConductRequests.RecordInvolvement request) {
        Review r = commissioned(access.managed(id), "record involvement");
        ReviewChanges.require(r, "record involvement", COMMISSIONED, IN_PROGRESS, DRAFT_REPORT, FINAL_REPORT);
        Involvement i = new Involvement();
        i.id = UUID.randomUUID();
        i.reviewId = r.id;
        i.participant = request.participant();
        i.role = request.role().trim();
        i.agency = request.agency();
        i.outcome = request.outcome();
        i.recordedOn = request.recordedOn();
        i.recordedBy = context.actor();
        i.persist();
        changes.changed(r, "INVOLVEMENT_RECORDED", r.status, i.participant + " " + i.role + ": " + i.outcome);
        return i;
    }

    public List<Involvement> involvement(UUID id) {
        Review r = access.fullyVisible(id);
        return Involvement.list("reviewId", Sort.by("recordedOn").and("id"), r.id);
    }

    @Transactional
    public Review draftReport(UUID id, ConductRequests.Report request) {
        Review r = commissioned(access.managed(id), "record a draft report");
        ReviewChanges.require(r, "record a draft report (appoint the reviewer first)", IN_PROGRESS, DRAFT_REPORT);
        if (r.termsOfReference == null) {
            throw Problems.conflict("Agree the terms of reference before the draft report.");
        }
        ReviewStatus from = r.status;
        r.draftReport = new ReportDocument(request.title(), request.version(), request.documentUrl(), request.receivedOn());
        r.status = DRAFT_REPORT;
        changes.changed(r, "DRAFT_REPORT_RECORDED", from, request.version());
        return r;
    }

    @Transactional
    public Review finalReport(UUID id, ConductRequests.Report request) {
        Review r = commissioned(access.managed(id), "record the final report");
        ReviewChanges.require(r, "record the final report (a draft comes first)", DRAFT_REPORT, FINAL_REPORT);
        ReviewStatus from = r.status;
        r.finalReport = new ReportDocument(request.title(), request.version(), request.documentUrl(), request.receivedOn());
        r.status = FINAL_REPORT;
        changes.changed(r, "FINAL_REPORT_RECORDED", from, request.version()
                + (r.finalReportDueOn != null && request.receivedOn().isAfter(r.finalReportDueOn) ? ", after its expected date " + r.finalReportDueOn : ""));
        return r;
    }

    @Transactional
    public Finding recordFinding(UUID id, ConductRequests.RecordFinding request) {
        Review r = commissioned(access.managed(id), "record findings");
        ReviewChanges.require(r, "record findings", IN_PROGRESS, DRAFT_REPORT, FINAL_REPORT);
        Finding f = new Finding();
        f.id = UUID.randomUUID();
        f.reviewId = r.id;
        f.text = request.text();
        f.themes = request.themes() == null ? new ArrayList<>() : new ArrayList<>(request.themes().stream().map(Themes::normalise).distinct().toList());
        f.recordedAt = today.now();
        f.recordedBy = context.actor();
        f.persist();
        themes.identify(r, f.themes);
        changes.changed(r, "FINDING_RECORDED", r.status, f.id.toString());
        return f;
    }

    public List<Finding> findings(UUID id) {
        Review r = access.learningVisible(id);
        return Finding.list("reviewId", Sort.by("recordedAt").and("id"), r.id);
    }

    private static Review commissioned(Review r, String what) {
        ReviewChanges.requireType(r, what, r.type.commissioned(), "an LCSPR or another commissioned review");
        return r;
    }
}
