package org.lif.portal.reviews;

import org.junit.jupiter.api.Test;
import org.lif.portal.reviews.ReviewModels.Deadline;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TimelineTest {

    static final LocalDate AWARE = LocalDate.of(2027, 5, 24);
    static final LocalDate NOTIFIED = LocalDate.of(2027, 5, 27);
    static final LocalDate DUE = LocalDate.of(2027, 6, 18);

    @Test
    void aNewRapidReviewShowsItsNotificationAndItsRunningClock() {
        var review = new ReviewModels.Review("r", "RAPID_REVIEW", "INFORMATION_GATHERING", "Child T", List.of(), List.of(), "FULL",
                new Deadline("rapid-review", DUE, 14, false), null, "n", null,
                new ReviewModels.RapidReviewPart(DUE, null, null, null, null), null, null, null);
        var notification = new ReviewModels.Notification("n", AWARE, NOTIFIED, LocalDate.of(2027, 5, 31), false, null,
                List.of(new ReviewModels.ChildRecord("Child T", "UNDER_ONE", "SERIOUS_HARM", false)), "s", List.of("youth-options"),
                "r", null, null);
        Timeline timeline = Timeline.of(review, notification, List.of(), null, null);
        var stages = timeline.stages();
        assertEquals("The local authority became aware of the incident", stages.get(0).name());
        assertEquals(AWARE, stages.get(0).on());
        assertEquals("On time", stages.get(1).clock().standing());
        var sent = stages.stream().filter(s -> s.name().equals("Rapid review sent to the national Panel")).findFirst().orElseThrow();
        assertFalse(sent.done());
        assertEquals(DUE, sent.clock().dueOn());
        assertEquals("14 working days left", sent.clock().standing());
    }

    @Test
    void aFinishedClockIsOnTimeOrLateByItsDates() {
        assertEquals("On time", Timeline.clock(DUE, DUE, null, "rapid-review").standing());
        var late = Timeline.clock(DUE, DUE.plusDays(1), null, "rapid-review");
        assertEquals("Late", late.standing());
        assertTrue(late.late());
        assertEquals("", Timeline.clock(DUE, null, new Deadline("final-report", DUE, 3, false), "rapid-review").standing(),
                "another clock's working days are not this one's");
        assertNull(Timeline.clock(null, null, null, "rapid-review"));
    }
}
