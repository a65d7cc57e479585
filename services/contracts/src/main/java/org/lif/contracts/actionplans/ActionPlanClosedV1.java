package org.lif.contracts.actionplans;

public record ActionPlanClosedV1(String planId, int actionsTotal, int actionsCompleted) {
}
