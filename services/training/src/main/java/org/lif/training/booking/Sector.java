package org.lif.training.booking;

/** The sector an attendee works in, for reach figures. */
public enum Sector {
    EDUCATION, EARLY_YEARS, HEALTH, POLICE, CHILDRENS_SOCIAL_CARE, ADULT_SERVICES, PROBATION, VOLUNTARY_AND_COMMUNITY, OTHER
}
