package org.lif.platform.audit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lif.platform.paging.PageRequest;
import org.lif.platform.paging.PagedList;
import org.lif.platform.tenancy.AllowedRoles;
import org.lif.platform.tenancy.PartnershipRole;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Read the audit trail of a partnership (every service exposes its own). */
@Path("/api/v1/partnerships/{partnershipId}/audit-trail")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail")
@AllowedRoles({PartnershipRole.PARTNERSHIP_ADMIN, PartnershipRole.SAFEGUARDING_PARTNER, PartnershipRole.INDEPENDENT_CHAIR})
public class AuditTrailResource {

    @Inject
    AuditTrailVisibility visibility;

    public record AuditEntryView(Long id, String actor, OffsetDateTime occurredAt, String entityType, String entityId,
                                 String action, String from, String to, String detail) {
        static AuditEntryView of(AuditEntry e) {
            return new AuditEntryView(e.id, e.actor, e.occurredAt, e.entityType, e.entityId, e.action, e.fromState, e.toState, e.detail);
        }
    }

    @GET
    @Operation(summary = "Who changed what and when, newest first; filter by the changed record's id")
    public PagedList<AuditEntryView> list(@PathParam("partnershipId") String partnershipId,
                                          @QueryParam("entityId") String entityId,
                                          @jakarta.validation.Valid @BeanParam PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (entityId != null) {
            where.add("entityId = :id");
            params.and("id", entityId);
        }
        visibility.confinedToAgency().ifPresent(agency -> {
            where.add("(ownerAgency is null or ownerAgency = :agency)");
            params.and("agency", agency);
        });
        var query = where.isEmpty()
                ? AuditEntry.<AuditEntry>findAll(Sort.descending("id"))
                : AuditEntry.<AuditEntry>find(String.join(" and ", where), Sort.descending("id"), params);
        return PagedList.of(query, page, AuditEntryView::of);
    }
}
