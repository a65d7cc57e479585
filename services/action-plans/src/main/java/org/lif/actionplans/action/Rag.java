package org.lif.actionplans.action;

/**
 * Red/amber/green rating derived from status and dates (see {@link RagRules}); BLUE = completed and signed off,
 * NONE = cancelled.
 */
public enum Rag {
    RED, AMBER, GREEN, BLUE, NONE
}
