package org.lif.training.course;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lif.platform.idempotency.IdempotencyInterceptor;
import org.lif.platform.idempotency.Idempotent;
import org.lif.platform.paging.PageRequest;
import org.lif.platform.paging.PagedList;
import org.lif.platform.tenancy.AllowedRoles;

import java.util.UUID;

import static org.lif.platform.tenancy.PartnershipRole.INDEPENDENT_CHAIR;
import static org.lif.platform.tenancy.PartnershipRole.PARTNERSHIP_ADMIN;
import static org.lif.platform.tenancy.PartnershipRole.PRACTITIONER;
import static org.lif.platform.tenancy.PartnershipRole.RELEVANT_AGENCY;
import static org.lif.platform.tenancy.PartnershipRole.SAFEGUARDING_PARTNER;

/** The courses of the training programme. */
@Path("/api/v1/partnerships/{partnershipId}/courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Courses")
public class CourseResource {

    @Inject
    CourseService courses;
    @Context
    UriInfo uri;

    @POST
    @Transactional
    @AllowedRoles(PARTNERSHIP_ADMIN)
    @Operation(summary = "Add a course to the programme")
    @Idempotent
    @Parameter(name = IdempotencyInterceptor.HEADER, in = ParameterIn.HEADER, required = false,
            description = "Optional. A retry with the same key and request returns the first answer instead of creating again.")
    public Response create(@NotNull(message = "body is required") @Valid CourseRequests.SaveCourse request) {
        Course c = courses.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(c.id.toString()).build()).entity(CourseView.of(c)).build();
    }

    @GET
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, RELEVANT_AGENCY, PRACTITIONER, INDEPENDENT_CHAIR})
    @Operation(summary = "List courses by title, optionally those addressing a theme")
    public PagedList<CourseView> list(@QueryParam("theme") String theme, @Valid @BeanParam PageRequest page) {
        return courses.list(theme, page);
    }

    @GET
    @Path("/{courseId}")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, RELEVANT_AGENCY, PRACTITIONER, INDEPENDENT_CHAIR})
    @Operation(summary = "One course")
    public CourseView get(@PathParam("courseId") UUID courseId) {
        return CourseView.of(courses.visible(courseId));
    }

    @PUT
    @Transactional
    @Path("/{courseId}")
    @AllowedRoles(PARTNERSHIP_ADMIN)
    @Operation(summary = "Change a course")
    public CourseView update(@PathParam("courseId") UUID courseId, @NotNull(message = "body is required") @Valid CourseRequests.SaveCourse request) {
        return CourseView.of(courses.update(courseId, request));
    }
}
