package org.lif.reporting.priorities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.paging.PageRequest;
import org.lif.platform.paging.PagedList;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.platform.time.Today;
import org.lif.reporting.common.Period;
import org.lif.reporting.common.Table;
import org.lif.reporting.readmodel.ReadModel;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.lif.reporting.common.Tables.row;

@ApplicationScoped
public class PriorityService {

    @Inject
    ThemeEvidence evidence;
    @Inject
    Today today;
    @Inject
    AuditTrail audit;
    @Inject
    PartnershipContext context;
    @ConfigProperty(name = "lif.reporting.year-starts-month", defaultValue = "4")
    int yearStartsMonth;

    public Period period(int year) {
        return Period.reportingYear(year, yearStartsMonth);
    }

    public List<PriorityView> list(int year) {
        List<Priority> priorities = Priority.<Priority>list("year = ?1 order by theme", year);
        Map<String, ThemeEvidence.Evidence> counts = evidence.count(priorities.stream().map(p -> p.theme).toList(), period(year));
        return priorities.stream().map(p -> view(p, counts.get(p.theme))).toList();
    }

    public PagedList<PriorityView> page(int year, PageRequest page) {
        PagedList<Priority> priorities = PagedList.of(Priority.<Priority>find("year = ?1 order by theme", year), page, p -> p);
        Map<String, ThemeEvidence.Evidence> counts = evidence.count(priorities.items().stream().map(p -> p.theme).toList(), period(year));
        return new PagedList<>(priorities.items().stream().map(p -> view(p, counts.get(p.theme))).toList(), priorities.page(),
                priorities.size(), priorities.totalItems(), priorities.totalPages());
    }

    @Transactional
    public PriorityView record(int year, String rawTheme, PriorityResource.PriorityRequest request) {
        String theme = ReadModel.theme(rawTheme);
        Priority p = Priority.<Priority>find("year = ?1 and theme = ?2", year, theme).firstResult();
        Object from = null;
        if (p == null) {
            p = new Priority();
            p.id = UUID.randomUUID();
            p.year = year;
            p.theme = theme;
        } else {
            from = p.decision;
        }
        p.decision = request.decision();
        p.rationale = request.rationale();
        p.updatedBy = context.actor();
        p.updatedAt = today.now();
        p.persist();
        audit.record("priority", p.id, from == null ? "RECORDED" : "CHANGED", from, p.decision, year + " " + theme);
        return view(p, evidence.count(List.of(theme), period(year)).get(theme));
    }

    static PriorityView view(Priority p, ThemeEvidence.Evidence e) {
        return new PriorityView(p.id, p.year, p.theme, p.decision, p.rationale, p.updatedBy, p.updatedAt, e);
    }

    public static Table table(int year, List<PriorityView> views) {
        return new Table("priorities", "Priorities " + year + ": Created, Stabilised or Changed, with the evidence per theme",
                List.of("theme", "decision", "rationale", "reviews", "audits", "actions", "peopleTrained", "briefings"),
                views.stream().map(v -> row(v.theme(), v.decision().name(), v.rationale(), v.evidence().reviews(), v.evidence().audits(),
                        v.evidence().actions(), v.evidence().training(), v.evidence().briefings())).toList());
    }
}
