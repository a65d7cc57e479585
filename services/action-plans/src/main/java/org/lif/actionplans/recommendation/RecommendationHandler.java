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
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.calendar.ClockRules;
import org.lif.platform.calendar.WorkingDayCalendar;
import org.lif.platform.rules.PartnershipRules;
import org.lif.platform.time.Today;
import org.jboss.logging.Logger;

import java.time.LocalDate;

/**
 * Turns a recommendation into work: the (open) plan for its source is found or opened, and each target agency gets
 * one action. A recommendation already turned into an action for an agency is not repeated.
 *
 * <p>Without a usable suggested due date, an action is due {@code lif.actions.default-due-working-days} working days
 * from today; past the end of the bank-holiday list that date is estimated ({@link DefaultDueDate}), logged as a
 * warning and recorded in the action's audit trail ({@value #DUE_DATE_ESTIMATED}), never dead-lettered.
 */
@ApplicationScoped
public class RecommendationHandler {

    static final String DUE_DATE_ESTIMATED = "DUE_DATE_ESTIMATED";
    /** The audit trail's entity type of actions (as {@code ActionService} records them). */
    private static final String ACTION = "action";
    private static final Logger LOG = Logger.getLogger(RecommendationHandler.class);

    @Inject
    ActionPlanService plans;
    @Inject
    Today today;
    @Inject
    ActionService actions;
    @Inject
    WorkingDayCalendar calendar;
    @Inject
    AuditTrail audit;
    @Inject
    PartnershipRules rules; // action-default-due: the event's partnership's own value, else lif.actions.default-due-working-days

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
        int defaultDueWorkingDays = rules.workingDays(ClockRules.ACTION_DEFAULT_DUE);
        DefaultDueDate due = r.suggestedDueDate() != null && !r.suggestedDueDate().isBefore(today)
                ? new DefaultDueDate(r.suggestedDueDate(), false)
                : DefaultDueDate.after(today, defaultDueWorkingDays, calendar);
        for (String agency : r.targetAgencies().stream().distinct().toList()) {
            boolean exists = Action.count("recommendationId = ?1 and ownerAgency = ?2", r.recommendationId(), agency) > 0;
            if (!exists) {
                Action action = actions.create(plan, r.recommendationText(), agency, null, due.date(), r.recommendationId());
                if (due.estimated()) {
                    estimated(action, due.date(), defaultDueWorkingDays);
                }
            }
        }
    }

    private void estimated(Action action, LocalDate due, int defaultDueWorkingDays) {
        String why = defaultDueWorkingDays + " working days from today run past the bank-holiday list's end (31 December "
                + calendar.lastYear() + "): due date " + due + " counted without the later bank holidays, so it may be a "
                + "few days early; check it and change it if needed";
        LOG.warnf("action %s (recommendation %s): %s. An operator must update lif.calendar.bank-holidays-file.",
                action.id, action.recommendationId, why);
        audit.record(ACTION, action.id, DUE_DATE_ESTIMATED, null, due, why);
    }
}
