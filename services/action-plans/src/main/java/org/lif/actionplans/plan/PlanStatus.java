package org.lif.actionplans.plan;

public enum PlanStatus {
    OPEN, CLOSED
}
