package org.lif.reporting.annualreport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.paging.PageRequest;
import org.lif.platform.paging.PagedList;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.platform.time.Today;
import org.lif.reporting.common.Period;
import org.lif.reporting.common.Table;
import org.lif.reporting.priorities.PriorityService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Yearly reports: assembled from the data, narrative edited per section while a draft, finalised (immutable from then:
 * 409 on any change) and published to the relevant agencies, who see only published versions.
 */
@ApplicationScoped
public class AnnualReportService {

    static final String NARRATIVE_MISSING = "The narrative of this section is not written yet.";

    @Inject
    ReportAssembler assembler;
    @Inject
    Today today;
    @Inject
    PriorityService priorities;
    @Inject
    AuditTrail audit;
    @Inject
    PartnershipContext context;
    @Inject
    ObjectMapper json;

    public PagedList<ReportViews.Summary> list(Integer year, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (year != null) {
            params.add(year);
            where.append(" and year = ?").append(params.size());
        }
        if (agencyOnly()) {
            params.add(AnnualReport.Status.PUBLISHED);
            where.append(" and status = ?").append(params.size());
        }
        return PagedList.of(AnnualReport.<AnnualReport>find(where + " order by year desc, version desc", params.toArray()), page,
                AnnualReportService::summary);
    }

    public ReportViews.Report get(UUID id) {
        return view(report(id));
    }

    @Transactional
    public ReportViews.Report create(int year) {
        if (AnnualReport.count("year = ?1 and status = ?2", year, AnnualReport.Status.DRAFT) > 0) {
            throw Problems.conflict("The " + year + " report already has a draft: edit it, or finalise it first.");
        }
        Integer last = AnnualReport.getEntityManager().createQuery("select max(r.version) from AnnualReport r where r.year = ?1", Integer.class)
                .setParameter(1, year).getSingleResult();
        AnnualReport r = new AnnualReport();
        r.id = UUID.randomUUID();
        r.year = year;
        r.version = last == null ? 1 : last + 1;
        r.status = AnnualReport.Status.DRAFT;
        r.assembledAt = today.now();
        r.persist();
        Map<Section, ReportAssembler.Assembled> assembled = assembler.assemble(year, today.date());
        for (Section s : Section.values()) {
            AnnualReportSection section = new AnnualReportSection();
            section.id = UUID.randomUUID();
            section.reportId = r.id;
            section.position = s.ordinal() + 1;
            section.key = s.key;
            section.title = s.title;
            store(section, assembled.get(s));
            section.persist();
        }
        audit.record("annual-report", r.id, "CREATED", null, r.status, year + " version " + r.version);
        return view(r);
    }

    /** Assembles a draft's figures and flags again from today's data; the narrative stays. */
    @Transactional
    public ReportViews.Report reassemble(UUID id) {
        AnnualReport r = draft(id);
        Map<Section, ReportAssembler.Assembled> assembled = assembler.assemble(r.year, today.date());
        for (AnnualReportSection section : sections(r)) {
            Section.byKey(section.key).ifPresent(s -> store(section, assembled.get(s)));
        }
        r.assembledAt = today.now();
        audit.record("annual-report", r.id, "REASSEMBLED", null, null, null);
        return view(r);
    }

    @Transactional
    public ReportViews.SectionView editNarrative(UUID id, String key, String narrative) {
        AnnualReport r = draft(id);
        AnnualReportSection section = AnnualReportSection.<AnnualReportSection>find("reportId = ?1 and key = ?2", r.id, key).firstResult();
        if (section == null) {
            throw Problems.notFound("Section", key);
        }
        String before = section.narrative;
        section.narrative = narrative.isBlank() ? null : narrative;
        audit.record("annual-report", r.id, "NARRATIVE_EDITED", abbreviate(before), abbreviate(section.narrative), "section " + key);
        return section(section);
    }

    @Transactional
    public ReportViews.Report finalise(UUID id) {
        AnnualReport r = draft(id);
        r.status = AnnualReport.Status.FINALISED;
        r.finalisedAt = today.now();
        r.finalisedBy = context.actor();
        audit.record("annual-report", r.id, "FINALISED", AnnualReport.Status.DRAFT, r.status, null);
        return view(r);
    }

    @Transactional
    public ReportViews.Report publish(UUID id) {
        AnnualReport r = report(id);
        if (r.status != AnnualReport.Status.FINALISED) {
            throw Problems.conflict("Only a finalised report can be published; this one is " + r.status + ".");
        }
        r.status = AnnualReport.Status.PUBLISHED;
        r.publishedAt = today.now();
        audit.record("annual-report", r.id, "PUBLISHED", AnnualReport.Status.FINALISED, r.status, null);
        return view(r);
    }

    private AnnualReport report(UUID id) {
        AnnualReport r = AnnualReport.findById(id);
        if (r == null || (agencyOnly() && r.status != AnnualReport.Status.PUBLISHED)) {
            throw Problems.notFound("Annual report", id);
        }
        return r;
    }

    private AnnualReport draft(UUID id) {
        AnnualReport r = report(id);
        if (r.status != AnnualReport.Status.DRAFT) {
            throw Problems.conflict("Report " + r.year + " version " + r.version + " is " + r.status
                    + " and cannot change: create a new version instead.");
        }
        return r;
    }

    private boolean agencyOnly() {
        return context.agencyRestriction().isPresent();
    }

    private static List<AnnualReportSection> sections(AnnualReport r) {
        return AnnualReportSection.list("reportId = ?1 order by position", r.id);
    }

    private void store(AnnualReportSection section, ReportAssembler.Assembled assembled) {
        try {
            section.figures = json.writeValueAsString(assembled.figures());
            section.flags = json.writeValueAsString(assembled.flags());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the report's figures", e);
        }
    }

    private ReportViews.SectionView section(AnnualReportSection s) {
        try {
            List<Table> figures = json.readValue(s.figures, new TypeReference<>() {
            });
            List<String> flags = new ArrayList<>(json.readValue(s.flags, new TypeReference<List<String>>() {
            }));
            if (s.narrative == null || s.narrative.isBlank()) {
                flags.add(NARRATIVE_MISSING);
            }
            return new ReportViews.SectionView(s.key, s.title, s.narrative, figures, flags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the report's figures", e);
        }
    }

    private ReportViews.Report view(AnnualReport r) {
        Period p = priorities.period(r.year);
        return new ReportViews.Report(r.id, r.partnershipId, r.year, r.version, r.status, p.from(), p.to(), r.assembledAt, r.finalisedAt,
                r.finalisedBy, r.publishedAt, sections(r).stream().map(this::section).toList());
    }

    private static ReportViews.Summary summary(AnnualReport r) {
        return new ReportViews.Summary(r.id, r.year, r.version, r.status, r.assembledAt, r.finalisedAt, r.publishedAt);
    }

    private static String abbreviate(String text) {
        return text == null ? null : text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
