package org.lif.contracts;

/** Where learning that needs action comes from. */
public enum SourceType {
    REVIEW, AUDIT, SECTION_11, SECTION_175, INSPECTION, THEMED_REPORT, OTHER
}
