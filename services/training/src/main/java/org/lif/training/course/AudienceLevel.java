package org.lif.training.course;

/** Safeguarding training levels: 1 everyone in contact with children … 4 specialists and leads. */
public enum AudienceLevel {
    LEVEL_1, LEVEL_2, LEVEL_3, LEVEL_4
}
