package org.lif.reviews.review;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.platform.calendar.ClockRules;
import org.lif.platform.paging.PageRequest;
import org.lif.platform.paging.PagedList;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.platform.time.Today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Opening reviews and finding where they stand. */
@ApplicationScoped
public class ReviewService {

    @Inject
    PartnershipContext context;
    @Inject
    Today today;
    @Inject
    ReviewChanges changes;
    @Inject
    Themes themes;
    @Inject
    ReviewAccess access;

    /** A review opened directly: any type except a rapid review (from a notification) or an LCSPR (from a decision). */
    @Transactional
    public Review open(ReviewRequests.OpenReview request) {
        if (request.type() == ReviewType.RAPID_REVIEW) {
            throw Problems.conflict("A rapid review is opened by recording a serious incident notification (POST /notifications).");
        }
        if (request.type() == ReviewType.LCSPR) {
            throw Problems.conflict("An LCSPR follows a rapid review's decision: record the rapid review's outcome with decision LCSPR.");
        }
        Review r = newReview(request.type(), request.title(), request.decidedOn(), request.reasons());
        r.agencies = request.agencies() == null ? new ArrayList<>() : new ArrayList<>(request.agencies().stream().distinct().toList());
        r.persist();
        themes.identify(r, request.themes());
        changes.changed(r, "OPENED", null, r.title);
        return r;
    }

    /** The review a rapid review's decision opens (LCSPR, another local review, or the Panel's national review). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Review openFollowUp(Review rapid, ReviewType type, String title) {
        Review r = newReview(type, title, rapid.decidedOn, rapid.decisionReasons);
        r.originReviewId = rapid.id;
        r.notificationId = rapid.notificationId;
        r.agencies = new ArrayList<>(rapid.agencies);
        r.themes = new ArrayList<>(rapid.themes);
        r.persist();
        changes.changed(r, "OPENED", null, "after rapid review " + rapid.id + ": " + rapid.decision);
        return r;
    }

    private Review newReview(ReviewType type, String title, LocalDate decidedOn, String reasons) {
        Review r = new Review();
        r.id = UUID.randomUUID();
        r.type = type;
        r.status = type.needsReviewer() ? ReviewStatus.COMMISSIONED : ReviewStatus.IN_PROGRESS;
        r.title = title;
        r.decidedOn = decidedOn;
        r.decisionReasons = reasons;
        r.finalReportDueOn = type == ReviewType.NATIONAL_REVIEW || decidedOn == null ? null
                : rulesMonths(decidedOn);
        r.createdAt = today.now();
        r.updatedAt = r.createdAt;
        r.createdBy = context.actor();
        return r;
    }

    @Inject
    Clocks clocks;

    private LocalDate rulesMonths(LocalDate decidedOn) {
        return clocks.plusMonths(ClockRules.FINAL_REPORT_MONTHS, decidedOn);
    }

    /** Where every review the caller may see stands: soonest deadline first. */
    public PagedList<Review> list(ReviewFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.type != null) {
            where.add("r.type = :type");
            params.put("type", filter.type);
        }
        if (filter.status != null) {
            where.add("r.status = :status");
            params.put("status", filter.status);
        }
        if (filter.theme != null && !filter.theme.isBlank()) {
            where.add("array_contains(r.themes, :theme)");
            params.put("theme", Themes.normalise(filter.theme));
        }
        if (filter.overdue != null) {
            where.add(filter.overdue ? "r.nextDeadlineOn < :today" : "(r.nextDeadlineOn is null or r.nextDeadlineOn >= :today)");
            params.put("today", today.date());
        }
        String confined = access.listCondition(params);
        if (confined != null) {
            where.add(confined);
        }
        String jpql = "from Review r" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        Sort sort = Sort.by("nextDeadlineOn", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST)
                .and("createdAt", Sort.Direction.Descending).and("id");
        return PagedList.of(Review.find(jpql, sort, params), page, r -> (Review) r);
    }
}
