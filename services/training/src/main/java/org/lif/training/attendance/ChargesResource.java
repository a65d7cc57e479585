package org.lif.training.attendance;

import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lif.platform.paging.PageRequest;
import org.lif.platform.paging.PagedList;
import org.lif.platform.tenancy.AllowedRoles;
import org.lif.training.booking.Booking;
import org.lif.training.booking.BookingService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.lif.platform.tenancy.PartnershipRole.PARTNERSHIP_ADMIN;
import static org.lif.platform.tenancy.PartnershipRole.RELEVANT_AGENCY;
import static org.lif.platform.tenancy.PartnershipRole.SAFEGUARDING_PARTNER;

/** Charges to agencies for non-attendance and late cancellation, and the partnership's charging policy. */
@Path("/api/v1/partnerships/{partnershipId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Charges")
public class ChargesResource {

    @Inject
    ChargeSettings settings;
    @Inject
    BookingService bookings;

    @GET
    @Path("/charges")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, RELEVANT_AGENCY})
    @Operation(summary = "Charges per agency (agency leads: their own agency's), newest session first")
    public PagedList<ChargeView> charges(@QueryParam("agency") String agency, @Valid @BeanParam PageRequest page) {
        List<String> where = new ArrayList<>(List.of("b.chargeAmount is not null"));
        Map<String, Object> params = new HashMap<>();
        bookings.scope(where, params);
        if (agency != null && !agency.isBlank()) {
            where.add("b.ownerAgency = :agency");
            params.put("agency", agency);
        }
        return PagedList.of(Booking.find("from Booking b join fetch b.session s join fetch s.course where " + String.join(" and ", where),
                Sort.descending("s.startsAt").and("b.id"), params), page, b -> ChargeView.of((Booking) b));
    }

    @GET
    @Path("/training-settings/charges")
    @AllowedRoles({PARTNERSHIP_ADMIN, SAFEGUARDING_PARTNER, RELEVANT_AGENCY})
    @Operation(summary = "The partnership's charges for non-attendance and late cancellation")
    public ChargeSettings.Charges current() {
        return settings.current();
    }

    @PUT
    @Transactional
    @Path("/training-settings/charges")
    @AllowedRoles(PARTNERSHIP_ADMIN)
    @Operation(summary = "Set the partnership's charges (0 = no charge); applies to attendance and cancellations recorded from now")
    public ChargeSettings.Charges change(@NotNull(message = "body is required") @Valid ChargeSettings.Charges charges) {
        return settings.change(charges);
    }
}
