package org.lif.reviews.notification;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.contracts.reviews.NotificationRecordedV1;
import org.lif.contracts.reviews.ReviewEvents;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.calendar.ClockRules;
import org.lif.platform.outbox.Outbox;
import org.lif.platform.paging.PageRequest;
import org.lif.platform.paging.PagedList;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.platform.time.Today;
import org.lif.reviews.rapidreview.RapidReviewService;
import org.lif.reviews.review.Clocks;
import org.lif.reviews.review.Review;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Records serious incident notifications; each opens its rapid review. A late notification is flagged, never refused. */
@ApplicationScoped
public class NotificationService {

    static final String ENTITY = "notification";

    @Inject
    PartnershipContext context;
    @Inject
    Today today;
    @Inject
    Clocks clocks;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    RapidReviewService rapidReviews;

    @Transactional
    public Notification record(NotificationRequests.RecordNotification request) {
        if (request.notifiedOn().isBefore(request.becameAwareOn())) {
            throw Problems.invalid("notifiedOn", "must not be before becameAwareOn");
        }
        List<String> pseudonyms = request.children().stream().map(NotificationRequests.Child::pseudonym).toList();
        if (pseudonyms.stream().distinct().count() != pseudonyms.size()) {
            throw Problems.invalid("children", "each child needs its own pseudonym");
        }
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.becameAwareOn = request.becameAwareOn();
        n.notifiedOn = request.notifiedOn();
        n.notificationDueOn = clocks.due(ClockRules.SERIOUS_INCIDENT_NOTIFICATION, n.becameAwareOn, "becameAwareOn");
        n.late = n.notifiedOn.isAfter(n.notificationDueOn);
        // counted now, before anything is written: a lateness the bank-holiday list cannot count yet (notified after
        // its last year) is refused with the platform's 503 rather than recorded and shown as 0 working days late
        lateByWorkingDays(n);
        n.children = new ArrayList<>(request.children().stream()
                .map(c -> new ChildRecord(c.pseudonym(), c.ageBand(), c.harm(), c.lookedAfter())).toList());
        n.summary = request.summary();
        n.agenciesInvolved = new ArrayList<>(request.agenciesInvolved().stream().distinct().toList());
        n.createdAt = today.now();
        n.createdBy = context.actor();
        Review rapid = rapidReviews.open(n.id, "Rapid review: " + String.join(", ", pseudonyms), n.notifiedOn, n.agenciesInvolved);
        n.rapidReviewId = rapid.id;
        n.persist();
        audit.record(ENTITY, n.id, "RECORDED", null, n.late ? "LATE" : "IN_TIME",
                "notified " + n.notifiedOn + ", due " + n.notificationDueOn + ", " + n.children.size() + " child(ren)");
        int deaths = (int) n.children.stream().filter(c -> c.harm() == Harm.DEATH).count();
        int lookedAfter = (int) n.children.stream().filter(ChildRecord::lookedAfter).count();
        outbox.publish(ReviewEvents.NOTIFICATION_RECORDED, context.partnershipId(),
                n.id.toString(), new NotificationRecordedV1(n.id.toString(), rapid.id.toString(), n.becameAwareOn,
                        n.notifiedOn, n.notificationDueOn, n.late, n.children.size(), deaths, lookedAfter, List.copyOf(n.agenciesInvolved)));
        return n;
    }

    public Notification get(UUID id) {
        Notification n = id == null ? null : Notification.findById(id);
        if (n == null) {
            throw Problems.notFound("Notification", id);
        }
        return n;
    }

    public PagedList<Notification> list(PageRequest page) {
        return PagedList.of(Notification.findAll(Sort.descending("notifiedOn").and("createdAt", Sort.Direction.Descending)),
                page, x -> (Notification) x);
    }

    public NotificationView view(Notification n) {
        return new NotificationView(n.id, n.becameAwareOn, n.notifiedOn, n.notificationDueOn, n.late, lateByWorkingDays(n), n.children,
                n.summary, n.agenciesInvolved, n.rapidReviewId, n.createdAt, n.createdBy);
    }

    private int lateByWorkingDays(Notification n) {
        return n.late ? Math.max(0, clocks.workingDaysBetween(n.notificationDueOn, n.notifiedOn)) : 0;
    }
}
