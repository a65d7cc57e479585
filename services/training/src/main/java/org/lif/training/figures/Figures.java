package org.lif.training.figures;

import java.time.LocalDate;
import java.util.List;

/** Aggregated training figures of a partnership for sessions starting in [from, to]. No individual's answers. */
public record Figures(LocalDate from, LocalDate to, List<Reach> reachByAgency, List<Reach> reachBySector, Attendance attendance,
                      Scores evaluation, List<Impact> impact, List<Group> byCourse, List<Group> byTheme) {

    /** @param people distinct people who attended */
    public record Reach(String key, long bookings, long attended, long people) {
    }

    public record Attendance(long recorded, long attended, long didNotAttend, long lateCancellations, Double attendanceRate,
                             Double nonAttendanceRate) {
    }

    /** Averages on the 1–5 scales; outcomes met counted. */
    public record Scores(long evaluations, Double confidenceBefore, Double confidenceAfter, Double confidenceChange,
                         long outcomesFully, long outcomesPartly, long outcomesNotMet) {
    }

    /** Impact follow-ups issued a number of months after the course. */
    public record Impact(int monthsAfter, long issued, long answered, long expired, Double practiceChanged, Double confidenceNow,
                         Double lineManagerScore) {
    }

    public record Group(String key, String title, long attended, Scores evaluation, List<Impact> impact) {
    }
}
