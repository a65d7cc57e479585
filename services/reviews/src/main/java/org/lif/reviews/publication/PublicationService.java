package org.lif.reviews.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.contracts.reviews.ReviewEvents;
import org.lif.contracts.reviews.ReviewPublishedV1;
import org.lif.platform.calendar.ClockRules;
import org.lif.platform.outbox.Outbox;
import org.lif.platform.problem.Problems;
import org.lif.reviews.review.Clocks;
import org.lif.reviews.review.Review;
import org.lif.reviews.review.ReviewAccess;
import org.lif.reviews.review.ReviewChanges;
import org.lif.reviews.review.ReviewStatus;
import org.lif.reviews.review.ReviewType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.lif.reviews.review.ReviewStatus.*;

/**
 * From final report to publication: the partnership's response, the report to the Panel and the Secretary of State
 * (at least the configured working days before publication, statutory for an LCSPR), then publication with the date
 * it may come down (at least a year later), or a decision not to publish with reasons.
 */
@ApplicationScoped
public class PublicationService {

    @Inject
    ReviewAccess access;
    @Inject
    ReviewChanges changes;
    @Inject
    Clocks clocks;
    @Inject
    Outbox outbox;

    @Transactional
    public Review respond(UUID id, PublicationRequests.PartnershipResponse request) {
        Review r = commissioned(id, "record the partnership's response");
        ReviewChanges.require(r, "record the partnership's response (the final report comes first)", FINAL_REPORT, SENT_TO_PANEL);
        r.partnershipResponse = request.response();
        r.partnershipResponseOn = request.agreedOn();
        changes.changed(r, "PARTNERSHIP_RESPONSE_RECORDED", r.status, "agreed " + r.partnershipResponseOn);
        return r;
    }

    @Transactional
    public Review notifyPanel(UUID id, PublicationRequests.PanelNotice request) {
        Review r = commissioned(id, "send the report to the Panel and the Secretary of State");
        ReviewChanges.require(r, "send the report to the Panel (the final report comes first)", FINAL_REPORT, SENT_TO_PANEL);
        if (r.partnershipResponse == null) {
            throw Problems.conflict("Record the partnership's response before the report goes to the Panel and the Secretary of State.");
        }
        LocalDate latest = clocks.latestBefore(ClockRules.PANEL_NOTICE_BEFORE_PUBLICATION, request.plannedPublicationOn(), "plannedPublicationOn");
        if (request.sentOn().isAfter(latest)) {
            throw Problems.invalid("plannedPublicationOn", "must be at least " + clocks.workingDays(ClockRules.PANEL_NOTICE_BEFORE_PUBLICATION)
                    + " working days after the report is sent (earliest: " + clocks.due(ClockRules.PANEL_NOTICE_BEFORE_PUBLICATION, request.sentOn(), "sentOn") + ")");
        }
        ReviewStatus from = r.status;
        r.panelNotifiedOn = request.sentOn();
        r.plannedPublicationOn = request.plannedPublicationOn();
        r.status = SENT_TO_PANEL;
        changes.changed(r, "SENT_TO_PANEL_AND_SECRETARY_OF_STATE", from, "sent " + r.panelNotifiedOn + ", publication planned " + r.plannedPublicationOn);
        return r;
    }

    @Transactional
    public Review publish(UUID id, PublicationRequests.Publish request) {
        Review r = commissioned(id, "publish");
        if (r.type == ReviewType.LCSPR) {
            ReviewChanges.require(r, "publish an LCSPR (its final report goes to the Panel and the Secretary of State first)", SENT_TO_PANEL);
            LocalDate earliest = clocks.due(ClockRules.PANEL_NOTICE_BEFORE_PUBLICATION, r.panelNotifiedOn, "publishedOn");
            if (request.publishedOn().isBefore(earliest)) {
                throw Problems.conflict("The report went to the Panel on " + r.panelNotifiedOn + "; it may be published from " + earliest
                        + " (" + clocks.workingDays(ClockRules.PANEL_NOTICE_BEFORE_PUBLICATION) + " working days later).");
            }
        } else {
            ReviewChanges.require(r, "publish (the final report comes first)", FINAL_REPORT, SENT_TO_PANEL);
        }
        LocalDate minimum = clocks.plusMonths(ClockRules.REPORT_ONLINE_MINIMUM_MONTHS, request.publishedOn());
        if (request.mayComeDownOn() != null && request.mayComeDownOn().isBefore(minimum)) {
            throw Problems.invalid("mayComeDownOn", "must be at least " + clocks.months(ClockRules.REPORT_ONLINE_MINIMUM_MONTHS)
                    + " months after publication (" + minimum + " or later)");
        }
        ReviewStatus from = r.status;
        r.publishedOn = request.publishedOn();
        r.publicationUrl = request.url();
        r.mayComeDownOn = request.mayComeDownOn() == null ? minimum : request.mayComeDownOn();
        r.status = PUBLISHED;
        changes.changed(r, "PUBLISHED", from, r.publicationUrl);
        outbox.publish(ReviewEvents.REVIEW_PUBLISHED, r.partnershipId, r.id.toString(), new ReviewPublishedV1(r.id.toString(),
                r.type.name(), r.title, r.publishedOn, r.publicationUrl, r.mayComeDownOn, List.copyOf(r.themes)));
        return r;
    }

    @Transactional
    public Review doNotPublish(UUID id, PublicationRequests.DoNotPublish request) {
        Review r = commissioned(id, "decide not to publish");
        ReviewChanges.require(r, "decide not to publish (the final report comes first)", FINAL_REPORT, SENT_TO_PANEL);
        ReviewStatus from = r.status;
        r.notPublishedOn = request.decidedOn();
        r.notPublishedReasons = request.reasons();
        r.status = NOT_PUBLISHED;
        changes.changed(r, "NOT_PUBLISHED", from, request.reasons());
        return r;
    }

    private Review commissioned(UUID id, String what) {
        Review r = access.partnershipManaged(id);
        ReviewChanges.requireType(r, what, r.type.commissioned(), "an LCSPR or another commissioned review");
        return r;
    }
}
