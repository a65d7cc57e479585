package org.lif.reviews.rapidreview;

/** The three statutory safeguarding partners, each of whom signs off a rapid review. */
public enum PartnerType {
    LOCAL_AUTHORITY, POLICE, HEALTH
}
