package org.lif.audits.common;

/** Red, amber, green: the rating of a Section 11 or schools standard (self-rated, moderated or validated). */
public enum Rag {
    RED, AMBER, GREEN
}
