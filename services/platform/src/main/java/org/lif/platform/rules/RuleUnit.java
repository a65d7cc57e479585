package org.lif.platform.rules;

/** What a rule's number counts. */
public enum RuleUnit {
    WORKING_DAYS("working days"),
    MONTHS("months");

    private final String words;

    RuleUnit(String words) {
        this.words = words;
    }

    /** The unit as people read it, e.g. "working days". */
    public String words() {
        return words;
    }
}
