package org.lif.actionplans.plan;

import org.lif.actionplans.action.ActionView;
import org.lif.actionplans.challenge.ChallengeView;

import java.util.List;

/** A plan with the actions the caller may see and the independent chair's challenges. */
public record PlanDetail(PlanView plan, List<ActionView> actions, List<ChallengeView> challenges) {
}
