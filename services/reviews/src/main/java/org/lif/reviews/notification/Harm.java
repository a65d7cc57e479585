package org.lif.reviews.notification;

/** What happened to the child: the notification threshold is death or serious harm (abuse or neglect known or suspected). */
public enum Harm {
    DEATH, SERIOUS_HARM
}
