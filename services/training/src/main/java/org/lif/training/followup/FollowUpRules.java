package org.lif.training.followup;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/** When impact follow-ups are issued, how long they stay open and how often they are reminded. */
@ApplicationScoped
public class FollowUpRules {

    /** Months after the session, e.g. 3 and 6. */
    @ConfigProperty(name = "lif.training.follow-up-months", defaultValue = "3,6")
    List<Integer> months;
    @ConfigProperty(name = "lif.training.follow-up-answer-days", defaultValue = "28")
    int answerDays;
    @ConfigProperty(name = "lif.training.follow-up-reminder-days", defaultValue = "7")
    int reminderDays;

    public List<Integer> months() {
        return months;
    }

    public int answerDays() {
        return answerDays;
    }

    public int reminderDays() {
        return reminderDays;
    }
}
