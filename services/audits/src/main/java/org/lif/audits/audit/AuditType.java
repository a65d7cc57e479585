package org.lif.audits.audit;

/** Kinds of audit on the programme. */
public enum AuditType {
    /** Several agencies audit practice on one theme across a case sample. */
    MULTI_AGENCY_THEMATIC,
    /** Several agencies audit one child's journey (or a few) through the system. */
    MULTI_AGENCY_CASE,
    /** One agency audits its own practice and shares the summary and outcomes with the partnership. */
    SINGLE_AGENCY;

    public boolean multiAgency() {
        return this != SINGLE_AGENCY;
    }
}
