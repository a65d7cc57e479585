package org.lif.portal.reviews;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.lif.portal.partnership.Partnership;
import org.lif.portal.partnership.PartnershipGuard;
import org.lif.portal.problem.ServiceRefusal;
import org.lif.portal.signin.SignedInPerson;
import org.lif.portal.web.Ids;
import org.lif.portal.web.Page;
import org.lif.portal.web.Paging;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The business unit's view of the partnership's statutory reviews: the list with the API's filters, soonest deadline
 * first, paged; and a review's case page — its timeline with each statutory clock, the agencies' information, the
 * partners' sign-offs, reviewer and terms of reference, reports, and its recommendations with the progress of their
 * actions (which the reviews service keeps from action-plans' events). Everything comes from the reviews service,
 * asked with the person's own token; a part of a case the person may not see is left out.
 */
@Path("/partnerships/{partnershipId}/reviews")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ReviewsResource {

    static final int PAGE_SIZE = 20;
    static final String NOTIFICATION_RECORDED = "notification-recorded";
    private static final Map<String, String> OUTCOMES = Map.of(
            NOTIFICATION_RECORDED, "You recorded the serious incident notification. Its rapid review is open.");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page page, ReviewFilter filter, ReviewModels.ReviewPage reviews, Paging paging,
                                            Map<String, String> types, Map<String, String> statuses, boolean records);

        static native TemplateInstance review(Page page, ReviewModels.Review review, Timeline timeline,
                                              ReviewModels.Notification notification,
                                              List<ReviewModels.InformationRequest> requests,
                                              List<ReviewModels.SignOff> signOffs, List<String> unsignedPartners,
                                              List<ReviewModels.Recommendation> recommendations,
                                              ReviewModels.Review origin, ReviewModels.Review followUp, String outcome);
    }

    @Inject
    SignedInPerson person;
    @Inject
    PartnershipGuard guard;
    @RestClient
    ReviewsApi api;

    @GET
    public TemplateInstance list(@PathParam("partnershipId") String partnershipId, @BeanParam ReviewFilter filter,
                                 @QueryParam("page") String pageNumber) {
        Partnership partnership = guard.enter(partnershipId);
        int page = Paging.number(pageNumber);
        ReviewModels.ReviewPage reviews = api.list(partnershipId, filter.apiType(), filter.apiStatus(), filter.apiTheme(),
                filter.apiOverdue(), page - 1, PAGE_SIZE);
        return Templates.list(new Page("Reviews", partnership, person.name(), "reviews"), filter, reviews,
                new Paging(partnership.base() + "/reviews", filter.query(), page, reviews.totalPages(), reviews.totalItems()),
                ReviewWords.TYPE, ReviewWords.STATUS, recordsNotifications(partnershipId));
    }

    @GET
    @Path("/{reviewId}")
    public TemplateInstance review(@PathParam("partnershipId") String partnershipId, @PathParam("reviewId") String reviewId,
                                   @QueryParam("done") String done) {
        Partnership partnership = guard.enter(partnershipId);
        ReviewModels.Review review = api.get(partnershipId, Ids.known(reviewId));
        ReviewModels.Review origin = review.originReviewId() == null ? null : seen(() -> api.get(partnershipId, review.originReviewId()));
        String followUpId = review.rapidReview() == null || review.rapidReview().outcome() == null
                ? null : review.rapidReview().outcome().followUpReviewId();
        ReviewModels.Review followUp = followUpId == null ? null : seen(() -> api.get(partnershipId, followUpId));
        // the rapid review of the case (this one, or the one that decided this review) holds the notification and its clocks
        ReviewModels.Review rapid = review.rapid() ? review : origin != null && origin.rapid() ? origin : null;
        String notificationId = rapid == null ? null : rapid.notificationId();
        ReviewModels.Notification notification = notificationId == null ? null : seen(() -> api.notification(partnershipId, notificationId));
        List<ReviewModels.InformationRequest> requests = rapid == null ? null : seen(() -> api.informationRequests(partnershipId, rapid.id()));
        List<ReviewModels.SignOff> signOffs = rapid == null ? null : seen(() -> api.signOffs(partnershipId, rapid.id()));
        ReviewModels.Review decided = !review.rapid() ? review : followUp;
        Timeline timeline = Timeline.of(rapid, notification, requests, signOffs, decided);
        List<String> unsigned = signOffs == null ? List.of() : ReviewWords.PARTNER.keySet().stream()
                .filter(p -> signOffs.stream().noneMatch(s -> p.equals(s.partner()))).toList();
        List<ReviewModels.Recommendation> recommendations = seen(() -> api.recommendations(partnershipId, review.id()));
        return Templates.review(new Page(review.title() == null || review.title().isBlank() ? ReviewWords.reviewTypeWords(review.type()) : review.title(), partnership, person.name(), "reviews"), review,
                timeline, notification, review.rapid() ? requests : null, review.rapid() ? signOffs : null, unsigned,
                recommendations, origin, followUp, done == null ? null : OUTCOMES.get(done));
    }

    /** Whether the person's role records notifications (the service decides; the page offers only what it would allow). */
    boolean recordsNotifications(String partnershipId) {
        return person.hasRoleIn(partnershipId, "partnership-admin", "safeguarding-partner");
    }

    /** A part of a case the person may not see (403, 404) is left out of the page; any other failure fails the page. */
    static <T> T seen(Supplier<T> part) {
        try {
            return part.get();
        } catch (ServiceRefusal refusal) {
            if (refusal.status() == 403 || refusal.status() == 404) {
                return null;
            }
            throw refusal;
        }
    }
}
