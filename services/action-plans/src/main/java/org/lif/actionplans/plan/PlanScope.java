package org.lif.actionplans.plan;

public enum PlanScope {
    SINGLE_AGENCY, MULTI_AGENCY
}
