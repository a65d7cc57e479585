package org.lif.training.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.lif.training.common.Notifier;
import org.lif.training.session.TrainingSession;

import java.time.format.DateTimeFormatter;

/** The emails about bookings: confirmation, waiting list, promotion, session cancelled. */
@ApplicationScoped
public class BookingMails {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm");

    @Inject
    Notifier notifier;

    static String describe(TrainingSession s) {
        String where = s.venue != null ? s.venue : s.onlineLink;
        return s.course.title + " on " + s.startsAt.atZoneSameInstant(org.lif.platform.calendar.WorkingDayCalendar.ZONE).format(WHEN)
                + (where == null ? "" : " (" + where + ")");
    }

    void confirmed(Booking b) {
        notifier.tell(b.email, "Booking confirmed: " + b.session.course.title,
                "Your place is booked on " + describe(b.session) + ".\nIf you cannot attend, please cancel in LIF so the place goes to someone on the waiting list.");
    }

    void waiting(Booking b) {
        notifier.tell(b.email, "Waiting list: " + b.session.course.title,
                "The session " + describe(b.session) + " is full. You are on the waiting list (position " + b.waitingPosition
                        + ") and will be told by email if a place becomes free.");
    }

    void promoted(Booking b) {
        notifier.tell(b.email, "A place is now yours: " + b.session.course.title,
                "A place became free and is now booked for you on " + describe(b.session) + ".");
    }

    public void sessionCancelled(Booking b, String reason) {
        notifier.tell(b.email, "Session cancelled: " + b.session.course.title,
                "The session " + describe(b.session) + " has been cancelled: " + reason + "\nYour booking has been released.");
    }
}
