package org.lif.portal.reviews;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.lif.portal.problem.ServiceRefusal;
import org.lif.portal.signin.AccessTokenForwarder;

import java.util.List;

/**
 * The reviews service's public API (docs/api/reviews.yaml), the part the portal's review pages use, called with the
 * signed-in person's access token. Base URL: {@code lif.portal.services.reviews.url}.
 */
@RegisterRestClient(configKey = "reviews")
@RegisterProvider(AccessTokenForwarder.class)
@Path("/api/v1/partnerships/{partnershipId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ReviewsApi {

    @GET
    @Path("/reviews")
    ReviewModels.ReviewPage list(@PathParam("partnershipId") String partnershipId,
                                 @QueryParam("type") String type, @QueryParam("status") String status,
                                 @QueryParam("theme") String theme, @QueryParam("overdue") Boolean overdue,
                                 @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/reviews/{reviewId}")
    ReviewModels.Review get(@PathParam("partnershipId") String partnershipId, @PathParam("reviewId") String reviewId);

    @GET
    @Path("/reviews/{reviewId}/recommendations")
    List<ReviewModels.Recommendation> recommendations(@PathParam("partnershipId") String partnershipId,
                                                      @PathParam("reviewId") String reviewId);

    @GET
    @Path("/reviews/{reviewId}/information-requests")
    List<ReviewModels.InformationRequest> informationRequests(@PathParam("partnershipId") String partnershipId,
                                                              @PathParam("reviewId") String reviewId);

    @GET
    @Path("/reviews/{reviewId}/sign-offs")
    List<ReviewModels.SignOff> signOffs(@PathParam("partnershipId") String partnershipId, @PathParam("reviewId") String reviewId);

    @GET
    @Path("/notifications/{notificationId}")
    ReviewModels.Notification notification(@PathParam("partnershipId") String partnershipId,
                                           @PathParam("notificationId") String notificationId);

    /** Records a serious incident notification; the answer (201) names the rapid review it opened. */
    @POST
    @Path("/notifications")
    ReviewModels.Notification record(@PathParam("partnershipId") String partnershipId, ReviewModels.RecordNotification notification);

    /** Every error answer becomes a {@link ServiceRefusal} carrying the service's problem. */
    @ClientExceptionMapper
    static RuntimeException refusal(Response response) {
        return response.getStatus() >= 400 ? ServiceRefusal.of(response) : null;
    }
}
