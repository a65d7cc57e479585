package org.lif.audits.audit;

/**
 * Multi-agency: PLANNED → IN_PROGRESS (tool, agencies and case sample fixed; returns made) → REPORTED (to the
 * subgroup) → CLOSED. Single-agency: REQUESTED (by the partnership) → CLOSED (the agency shared summary and outcomes).
 * PLANNED, REQUESTED and IN_PROGRESS audits may be CANCELLED.
 */
public enum AuditStatus {
    PLANNED, REQUESTED, IN_PROGRESS, REPORTED, CLOSED, CANCELLED
}
