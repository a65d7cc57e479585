package org.lif.training.briefing;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.contracts.training.BriefingCascadedV1;
import org.lif.contracts.training.BriefingPublishedV1;
import org.lif.contracts.training.TrainingEvents;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.outbox.Outbox;
import org.lif.platform.paging.PageRequest;
import org.lif.platform.paging.PagedList;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.training.common.Callers;
import org.lif.training.common.Themes;
import org.lif.platform.time.Today;

import java.util.List;
import java.util.UUID;

/** Learning briefings: drafted and published by the partnership team, cascaded by agencies. */
@ApplicationScoped
public class BriefingService {

    static final String ENTITY = "briefing";

    @Inject
    PartnershipContext context;
    @Inject
    Callers callers;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    Today today;

    @Transactional
    public Briefing create(BriefingRequests.CreateBriefing r) {
        Briefing b = new Briefing();
        b.id = UUID.randomUUID();
        b.title = r.title().trim();
        b.kind = r.kind();
        b.summary = r.summary();
        b.link = r.link();
        if (r.source() != null) {
            b.sourceType = r.source().type();
            b.sourceId = r.source().id();
            b.sourceTitle = r.source().title();
        }
        b.themes = Themes.normalise(r.themes());
        b.status = BriefingStatus.DRAFT;
        b.createdAt = today.now();
        b.createdBy = context.actor();
        b.persist();
        audit.record(ENTITY, b.id, "CREATED", null, b.status, b.title);
        return b;
    }

    @Transactional
    public Briefing publish(UUID id) {
        Briefing b = visible(id);
        if (b.status != BriefingStatus.DRAFT) {
            throw Problems.conflict("The briefing is already published.");
        }
        b.status = BriefingStatus.PUBLISHED;
        b.publishedAt = today.now();
        audit.record(ENTITY, b.id, "PUBLISHED", BriefingStatus.DRAFT, b.status, null);
        outbox.publish(TrainingEvents.BRIEFING_PUBLISHED, b.partnershipId, b.id.toString(),
                new BriefingPublishedV1(b.id.toString(), b.title, b.kind.name(), b.sourceType == null ? null : b.sourceType.name(),
                        b.sourceId, List.copyOf(b.themes)));
        return b;
    }

    @Transactional
    public BriefingCascade cascade(UUID id, BriefingRequests.Cascade r) {
        Briefing b = visible(id);
        if (b.status != BriefingStatus.PUBLISHED) {
            throw Problems.conflict("Only a published briefing can be cascaded.");
        }
        String agency;
        if (callers.partnershipTeam()) {
            if (r.agency() == null) {
                throw Problems.invalid("agency", "is required when the partnership team records a cascade");
            }
            agency = r.agency();
        } else {
            agency = callers.requireAgency();
            if (r.agency() != null && !r.agency().equals(agency)) {
                throw Problems.forbidden("You record cascades for your own agency (" + agency + ") only.");
            }
        }
        BriefingCascade c = new BriefingCascade();
        c.id = UUID.randomUUID();
        c.briefing = b;
        c.ownerAgency = agency;
        c.countReached = r.countReached();
        c.cascadedOn = r.cascadedOn();
        c.note = r.note();
        c.recordedBy = context.actor();
        c.recordedAt = today.now();
        c.persist();
        audit.recordForAgency(agency, ENTITY, b.id, "CASCADED", null, agency + ": " + c.countReached, c.note);
        outbox.publish(TrainingEvents.BRIEFING_CASCADED, b.partnershipId, b.id.toString(),
                new BriefingCascadedV1(b.id.toString(), c.id.toString(), agency, c.countReached, c.cascadedOn));
        return c;
    }

    /** Drafts are for the partnership team only. */
    public Briefing visible(UUID id) {
        Briefing b = Briefing.findById(id);
        if (b == null || (b.status == BriefingStatus.DRAFT && !callers.partnershipTeam())) {
            throw Problems.notFound("Briefing", id);
        }
        return b;
    }

    /** Cascades the caller may see (agency-scoped callers: their agency's, by the platform's agency filter). */
    public List<BriefingCascade> cascades(Briefing b) {
        List<BriefingCascade> all = BriefingCascade.list("briefing", Sort.by("cascadedOn").and("id"), b);
        return callers.leadOfAgency().map(a -> all.stream().filter(c -> c.ownerAgency.equals(a)).toList()).orElse(all);
    }

    public PagedList<Briefing> list(String theme, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (!callers.partnershipTeam()) {
            where.append(" and status = :published");
            params.put("published", BriefingStatus.PUBLISHED);
        }
        if (theme != null && !theme.isBlank()) {
            where.append(" and array_contains(themes, :theme)");
            params.put("theme", Themes.normalise(theme));
        }
        return PagedList.of(Briefing.find(where.toString(), Sort.descending("createdAt").and("id"), params), page, b -> (Briefing) b);
    }
}
