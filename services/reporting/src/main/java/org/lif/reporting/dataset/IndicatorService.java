package org.lif.reporting.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.paging.PageRequest;
import org.lif.platform.paging.PagedList;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.platform.time.Today;
import org.lif.reporting.common.Table;
import org.lif.reporting.readmodel.ReadModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.lif.reporting.common.Tables.row;

/** The dataset: indicator definitions per reporting year, quarterly values, trends. The tenant and agency filters apply. */
@ApplicationScoped
public class IndicatorService {

    @Inject
    AuditTrail audit;
    @Inject
    Today today;
    @Inject
    PartnershipContext context;

    /** The whole set of a year (for CSV and the yearly report). */
    public List<IndicatorViews.Summary> list(int year) {
        return Indicator.<Indicator>list("year = ?1 order by code", year).stream().map(this::summary).toList();
    }

    public PagedList<IndicatorViews.Summary> page(int year, PageRequest page) {
        return PagedList.of(Indicator.<Indicator>find("year = ?1 order by code", year), page, this::summary);
    }

    public IndicatorViews.Detail detail(UUID id) {
        Indicator i = get(id);
        List<IndicatorViews.Value> values = values(i);
        return new IndicatorViews.Detail(i.id, i.year, i.code, i.name, i.definition, i.unit, i.polarity, Trend.plain(i.target), i.ownerAgency,
                i.theme, i.comparisonLabel, values);
    }

    Indicator get(UUID id) {
        Indicator i = Indicator.findById(id);
        if (i == null) {
            throw Problems.notFound("Indicator", id);
        }
        return i;
    }

    @Transactional
    public IndicatorViews.Detail define(IndicatorRequests.Define r) {
        if (Indicator.count("year = ?1 and code = ?2", r.year(), r.code()) > 0) {
            throw Problems.conflict("The " + r.year() + " set already has an indicator " + r.code() + ".");
        }
        Indicator i = new Indicator();
        i.id = UUID.randomUUID();
        i.year = r.year();
        i.code = r.code();
        apply(i, r);
        i.persist();
        audit.record("indicator", i.id, "DEFINED", null, i.code, i.year + " " + i.name);
        return detail(i.id);
    }

    @Transactional
    public IndicatorViews.Detail redefine(UUID id, IndicatorRequests.Define r) {
        Indicator i = get(id);
        if (r.year() != i.year || !r.code().equals(i.code)) {
            throw Problems.invalid("code", "year and code of an indicator cannot change: define it in another year's set instead");
        }
        String before = i.name + " / target " + i.target + " / " + i.ownerAgency;
        apply(i, r);
        IndicatorValue.update("ownerAgency = ?1 where indicator = ?2", i.ownerAgency, i);
        audit.record("indicator", i.id, "REDEFINED", before, i.name + " / target " + i.target + " / " + i.ownerAgency, null);
        return detail(i.id);
    }

    private static void apply(Indicator i, IndicatorRequests.Define r) {
        i.name = r.name();
        i.definition = r.definition();
        i.unit = r.unit();
        i.polarity = r.polarity();
        i.target = r.target();
        i.ownerAgency = r.ownerAgency();
        i.theme = r.theme() == null || r.theme().isBlank() ? null : ReadModel.theme(r.theme());
        i.comparisonLabel = r.comparisonLabel();
    }

    /** The yearly refresh: copies the definitions of {@code fromYear} that {@code year}'s set does not have yet. */
    @Transactional
    public IndicatorRequests.Copied copy(int year, int fromYear) {
        if (year == fromYear) {
            throw Problems.invalid("fromYear", "must differ from year");
        }
        int copied = 0;
        for (Indicator old : Indicator.<Indicator>list("year", fromYear)) {
            if (Indicator.count("year = ?1 and code = ?2", year, old.code) > 0) {
                continue;
            }
            Indicator i = new Indicator();
            i.id = UUID.randomUUID();
            i.year = year;
            i.code = old.code;
            i.name = old.name;
            i.definition = old.definition;
            i.unit = old.unit;
            i.polarity = old.polarity;
            i.target = old.target;
            i.ownerAgency = old.ownerAgency;
            i.theme = old.theme;
            i.comparisonLabel = old.comparisonLabel;
            i.persist();
            audit.record("indicator", i.id, "DEFINED", null, i.code, year + " (copied from " + fromYear + ")");
            copied++;
        }
        return new IndicatorRequests.Copied(year, fromYear, copied);
    }

    /** Stores (or replaces) one quarter's value; the audit trail keeps the earlier value. */
    @Transactional
    public IndicatorViews.Value submit(UUID id, int quarter, IndicatorRequests.Submit r) {
        Indicator i = get(id);
        return submit(i, quarter, r);
    }

    IndicatorViews.Value submit(Indicator i, int quarter, IndicatorRequests.Submit r) {
        if (quarter < 1 || quarter > 4) {
            throw Problems.invalid("quarter", "must be 1, 2, 3 or 4");
        }
        IndicatorValue v = IndicatorValue.<IndicatorValue>find("indicator = ?1 and quarter = ?2", i, quarter).firstResult();
        String before = null;
        if (v == null) {
            v = new IndicatorValue();
            v.id = UUID.randomUUID();
            v.indicator = i;
            v.year = i.year;
            v.quarter = quarter;
        } else {
            before = v.value.toPlainString() + " (" + v.confidence + ")";
        }
        v.ownerAgency = i.ownerAgency;
        v.value = r.value();
        v.comparisonValue = r.comparisonValue();
        v.confidence = r.confidence();
        v.commentary = r.commentary();
        v.submittedBy = context.actor();
        v.submittedAt = today.now();
        v.persist();
        audit.record("indicator-value", v.id, before == null ? "SUBMITTED" : "RESUBMITTED", before,
                v.value.toPlainString() + " (" + v.confidence + ")", i.code + " " + i.year + " Q" + quarter);
        return values(i).stream().filter(x -> x.quarter() == quarter).findFirst().orElseThrow();
    }

    /** This year's values of the indicator, each with its trend against the previous quarter and the previous year. */
    List<IndicatorViews.Value> values(Indicator i) {
        Map<String, IndicatorValue> byQuarter = new HashMap<>();
        for (IndicatorValue v : IndicatorValue.<IndicatorValue>list("indicator.code = ?1 and year in (?2, ?3)", i.code, i.year, i.year - 1)) {
            byQuarter.put(v.year + "Q" + v.quarter, v);
        }
        List<IndicatorViews.Value> out = new ArrayList<>();
        byQuarter.values().stream().filter(v -> v.year == i.year).sorted(Comparator.comparingInt(v -> v.quarter)).forEach(v -> {
            int[] prev = Trend.previousQuarter(v.year, v.quarter);
            IndicatorValue before = byQuarter.get(prev[0] + "Q" + prev[1]);
            IndicatorValue lastYear = byQuarter.get((v.year - 1) + "Q" + v.quarter);
            out.add(new IndicatorViews.Value(v.year, v.quarter, Trend.plain(v.value), Trend.plain(v.comparisonValue), v.confidence, v.commentary, v.submittedBy,
                    v.submittedAt, Trend.change(v.value, before == null ? null : before.value, i.polarity),
                    Trend.change(v.value, lastYear == null ? null : lastYear.value, i.polarity),
                    Trend.gap(v.value, i.target), Trend.onTarget(v.value, i.target, i.polarity), Trend.gap(v.value, v.comparisonValue)));
        });
        return out;
    }

    private IndicatorViews.Summary summary(Indicator i) {
        List<IndicatorViews.Value> values = values(i);
        return new IndicatorViews.Summary(i.id, i.year, i.code, i.name, i.definition, i.unit, i.polarity, Trend.plain(i.target), i.ownerAgency,
                i.theme, i.comparisonLabel, values.isEmpty() ? null : values.get(values.size() - 1));
    }

    public static Table table(int year, List<IndicatorViews.Summary> list) {
        return new Table("indicators", "Dataset " + year + ": latest quarter, trend and target",
                List.of("code", "name", "unit", "polarity", "target", "ownerAgency", "theme", "latestQuarter", "latestValue",
                        "quarterOnQuarter", "yearOnYear", "direction", "targetGap", "onTarget", "comparisonValue", "confidence"),
                list.stream().map(s -> {
                    IndicatorViews.Value v = s.latest();
                    return row(s.code(), s.name(), s.unit(), s.polarity().name(), s.target(), s.ownerAgency(), s.theme(),
                            v == null ? null : "Q" + v.quarter(), v == null ? null : v.value(),
                            v == null || v.quarterOnQuarter() == null ? null : v.quarterOnQuarter().difference(),
                            v == null || v.yearOnYear() == null ? null : v.yearOnYear().difference(),
                            v == null || v.quarterOnQuarter() == null ? null : v.quarterOnQuarter().direction().name(),
                            v == null ? null : v.targetGap(), v == null ? null : v.onTarget(),
                            v == null ? null : v.comparisonValue(), v == null ? null : v.confidence().name());
                }).toList());
    }
}
