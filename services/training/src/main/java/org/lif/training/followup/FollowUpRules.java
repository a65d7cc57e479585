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
    @ConfigProperty(name = "lif.training.follow-up-catch-up-days", defaultValue = "30")
    int catchUpDays;

    public List<Integer> months() {
        return months;
    }

    public int answerDays() {
        return answerDays;
    }

    /**
     * How late a follow-up may still be issued: a session that ended more than this many days before its follow-up
     * date (delivered before LIF was used, or while the job did not run) gets none, so recording past sessions never
     * floods attendees with follow-ups about training long ago.
     */
    public int catchUpDays() {
        return catchUpDays;
    }

    public int reminderDays() {
        return reminderDays;
    }
}
