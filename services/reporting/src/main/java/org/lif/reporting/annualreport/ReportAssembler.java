package org.lif.reporting.annualreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.lif.reporting.common.Period;
import org.lif.reporting.common.Table;
import org.lif.reporting.dashboard.DashboardFilter;
import org.lif.reporting.dashboard.DashboardService;
import org.lif.reporting.dataset.IndicatorService;
import org.lif.reporting.dataset.IndicatorViews;
import org.lif.reporting.dataset.Trend;
import org.lif.reporting.priorities.PriorityService;
import org.lif.reporting.priorities.PriorityView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Assembles each section's figures from the read model, the dataset and the priorities of a reporting year, and flags missing evidence. */
@ApplicationScoped
public class ReportAssembler {

    @Inject
    DashboardService dashboard;
    @Inject
    IndicatorService indicators;
    @Inject
    PriorityService priorities;

    public record Assembled(List<Table> figures, List<String> flags) {
    }

    public Map<Section, Assembled> assemble(int year, LocalDate today) {
        Period period = priorities.period(year);
        DashboardFilter f = new DashboardFilter(period, null, today);
        Map<Section, Assembled> out = new EnumMap<>(Section.class);

        Table stages = dashboard.reviewsByStage(f);
        Table audits = dashboard.auditsProgramme(f);
        Table trainingSummary = dashboard.trainingSummary(f, true);
        Table reach = dashboard.trainingReach(f);
        out.put(Section.ACTIVITY, new Assembled(List.of(stages, audits, trainingSummary, reach), flags(
                stages.total(1) == 0, "No notification or review is recorded in the year: say whether there were none.",
                audits.rows().isEmpty(), "No audit of the programme falls in the year.",
                reach.total(1) == 0, "No training attendance is recorded in the year.")));

        Table timeliness = dashboard.statutoryTimeliness(f);
        Table rag = dashboard.actionsByRag(f);
        Table s11 = dashboard.section11ByStandard(f);
        List<IndicatorViews.Summary> dataset = indicators.list(year);
        Table datasetTable = IndicatorService.table(year, dataset);
        out.put(Section.EFFECTIVENESS, new Assembled(List.of(timeliness, rag, s11, datasetTable), flags(
                timeliness.total(1) == 0, "No statutory clock ran in the year: timeliness cannot be shown.",
                s11.rows().isEmpty(), "No Section 11 evaluation was agreed in the year.",
                dataset.stream().noneMatch(i -> i.latest() != null), "No dataset value was submitted for the year.")));

        Table impact = dashboard.trainingImpact(f);
        Table evaluation = dashboard.trainingEvaluation(f);
        out.put(Section.IMPACT, new Assembled(List.of(impact, evaluation), flags(
                impact.rows().isEmpty(), "No 3- or 6-month impact follow-up was answered: the evidence of impact rests on attendees' own feedback.",
                evaluation.rows().isEmpty(), "No training evaluation was submitted in the year.")));

        Table ageing = dashboard.overdueAgeing(f);
        Table byAgency = dashboard.actionsByOwnerAgency(f);
        List<IndicatorViews.Summary> offTrack = dataset.stream().filter(i -> i.latest() != null && (Boolean.FALSE.equals(i.latest().onTarget())
                || (i.latest().yearOnYear() != null && i.latest().yearOnYear().direction() == Trend.Direction.WORSENING))).toList();
        Table offTrackTable = IndicatorService.table(year, offTrack);
        offTrackTable = new Table("indicators-off-track", "Indicators off target or worse than a year before", offTrackTable.columns(), offTrackTable.rows());
        List<PriorityView> yearPriorities = priorities.list(year);
        Table toChange = PriorityService.table(year, yearPriorities.stream().filter(p -> p.decision().name().equals("CHANGED")).toList());
        toChange = new Table("priorities-to-change", "Themes the partners decided must change", toChange.columns(), toChange.rows());
        out.put(Section.LITTLE_PROGRESS, new Assembled(List.of(ageing, byAgency, offTrackTable, toChange), flags(
                byAgency.rows().isEmpty() && dataset.isEmpty(), "No action or dataset evidence to judge where progress was slow.")));

        Table decisions = dashboard.reviewDecisions(f);
        Table recommendations = dashboard.recommendationsByStatus(f);
        Table actions = dashboard.actionsByStatus(f);
        out.put(Section.RECOMMENDATIONS, new Assembled(List.of(decisions, recommendations, actions), flags(
                recommendations.rows().isEmpty(), "No review or audit recommendation was issued in the year.",
                actions.rows().isEmpty(), "No action is recorded against the year's recommendations.")));

        out.put(Section.FEEDBACK, new Assembled(List.of(), List.of(
                "LIF holds no record of feedback from children and families: the narrative must give the evidence and what changed because of it.")));

        Table s11Matrix = dashboard.section11Matrix(f);
        Table schools = dashboard.schoolsReturns(f);
        out.put(Section.SCRUTINY, new Assembled(List.of(s11, schools), flags(
                s11Matrix.rows().isEmpty(), "No Section 11 panel evaluation (with the independent chair's feedback) is recorded in the year.",
                schools.rows().isEmpty(), "No schools (Section 175/157) return is recorded in the year.")));

        Table prioritiesTable = PriorityService.table(year, yearPriorities);
        List<String> priorityFlags = new ArrayList<>(flags(yearPriorities.isEmpty(), "No priority is recorded for the year."));
        yearPriorities.stream().filter(p -> p.evidence().total() == 0)
                .forEach(p -> priorityFlags.add("No review, audit, action or training evidence is counted for the priority '" + p.theme() + "'."));
        out.put(Section.PRIORITIES, new Assembled(List.of(prioritiesTable), priorityFlags));
        return out;
    }

    /** flags(condition1, message1, condition2, message2, ...): the messages whose condition holds. */
    private static List<String> flags(Object... conditionsAndMessages) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < conditionsAndMessages.length; i += 2) {
            if ((Boolean) conditionsAndMessages[i]) {
                out.add((String) conditionsAndMessages[i + 1]);
            }
        }
        return out;
    }
}
