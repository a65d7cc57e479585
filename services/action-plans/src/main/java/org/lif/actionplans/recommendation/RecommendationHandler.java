package org.lif.actionplans.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.actionplans.action.Action;
import org.lif.actionplans.action.ActionService;
import org.lif.actionplans.plan.ActionPlan;
import org.lif.actionplans.plan.ActionPlanService;
import org.lif.actionplans.plan.PlanScope;
import org.lif.contracts.recommendations.RecommendationIssuedV1;
import org.lif.platform.calendar.WorkingDayCalendar;
import org.lif.platform.time.Today;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;

/**
 * Turns a recommendation into work: the (open) plan for its source is found or opened, and each target agency gets
 * one action. A recommendation already turned into an action for an agency is not repeated.
 */
@ApplicationScoped
public class RecommendationHandler {

    @Inject
    ActionPlanService plans;
    @Inject
    Today today;
    @Inject
    ActionService actions;
    @Inject
    WorkingDayCalendar calendar;
    @ConfigProperty(name = "lif.actions.default-due-working-days", defaultValue = "60")
    int defaultDueWorkingDays;

    static String title(String sourceTitle) {
        String title = "Action plan: " + sourceTitle;
        return title.length() <= 300 ? title : title.substring(0, 299) + "…";
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void handle(RecommendationIssuedV1 r) {
        ActionPlan plan = plans.findOpenBySource(r.sourceType(), r.sourceId())
                .orElseGet(() -> plans.create(title(r.sourceTitle()),
                        "Opened from recommendations of " + r.sourceType() + " " + r.sourceId(), r.sourceType(), r.sourceId(),
                        r.targetAgencies().size() > 1 ? PlanScope.MULTI_AGENCY : PlanScope.SINGLE_AGENCY, r.subgroup(), r.themes()));
        if (r.targetAgencies().size() > 1 && plan.scope == PlanScope.SINGLE_AGENCY) {
            plans.widenToMultiAgency(plan);
        }
        LocalDate today = this.today.date();
        LocalDate due = r.suggestedDueDate() != null && !r.suggestedDueDate().isBefore(today)
                ? r.suggestedDueDate()
                : calendar.addWorkingDays(today, defaultDueWorkingDays);
        for (String agency : r.targetAgencies().stream().distinct().toList()) {
            boolean exists = Action.count("recommendationId = ?1 and ownerAgency = ?2", r.recommendationId(), agency) > 0;
            if (!exists) {
                actions.create(plan, r.recommendationText(), agency, null, due, r.recommendationId());
            }
        }
    }
}
