package org.lif.training.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.lif.training.booking.Attendance;
import org.lif.training.booking.Booking;
import org.lif.training.booking.BookingStatus;
import org.lif.training.evaluation.Evaluation;
import org.lif.training.evaluation.OutcomesMet;
import org.lif.training.followup.FollowUpRules;
import org.lif.training.followup.FollowUpStatus;
import org.lif.training.followup.ImpactFollowUp;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/** Computes {@link Figures} from the partnership's bookings, evaluations and follow-ups (the tenant filter applies). */
@ApplicationScoped
public class FiguresService {

    @Inject
    FollowUpRules rules;

    public Figures compute(LocalDate from, LocalDate to) {
        List<Booking> bookings = Booking.<Booking>find("from Booking b join fetch b.session s join fetch s.course "
                        + "where s.startsAt >= ?1 and s.startsAt < ?2",
                from.atStartOfDay().atOffset(ZoneOffset.UTC), to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)).list();
        Map<UUID, Booking> byId = bookings.stream().collect(Collectors.toMap(b -> b.id, b -> b));
        List<Evaluation> evaluations = Evaluation.<Evaluation>listAll().stream().filter(e -> byId.containsKey(e.bookingId)).toList();
        List<ImpactFollowUp> followUps = ImpactFollowUp.<ImpactFollowUp>listAll().stream().filter(f -> byId.containsKey(f.booking.id)).toList();

        List<Figures.Group> byCourse = new ArrayList<>();
        bookings.stream().collect(Collectors.groupingBy(b -> b.session.course.id, TreeMap::new, Collectors.toList()))
                .forEach((course, list) -> byCourse.add(group(course.toString(), list.get(0).session.course.title, list, evaluations, followUps)));
        List<Figures.Group> byTheme = new ArrayList<>();
        new TreeSet<>(bookings.stream().flatMap(b -> b.session.course.themes.stream()).toList()).forEach(theme ->
                byTheme.add(group(theme, theme, bookings.stream().filter(b -> b.session.course.themes.contains(theme)).toList(),
                        evaluations, followUps)));

        return new Figures(from, to, reach(bookings, b -> b.ownerAgency), reach(bookings, b -> b.sector.name()),
                attendance(bookings), scores(evaluations), impact(followUps), byCourse, byTheme);
    }

    private Figures.Group group(String key, String title, List<Booking> bookings, List<Evaluation> evaluations, List<ImpactFollowUp> followUps) {
        java.util.Set<UUID> ids = bookings.stream().map(b -> b.id).collect(Collectors.toSet());
        return new Figures.Group(key, title, bookings.stream().filter(b -> b.attendance == Attendance.ATTENDED).count(),
                scores(evaluations.stream().filter(e -> ids.contains(e.bookingId)).toList()),
                impact(followUps.stream().filter(f -> ids.contains(f.booking.id)).toList()));
    }

    private static List<Figures.Reach> reach(List<Booking> bookings, Function<Booking, String> key) {
        List<Figures.Reach> out = new ArrayList<>();
        bookings.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList())).forEach((k, list) -> {
            List<Booking> attended = list.stream().filter(b -> b.attendance == Attendance.ATTENDED).toList();
            out.add(new Figures.Reach(k, list.size(), attended.size(), attended.stream().map(b -> b.practitioner).distinct().count()));
        });
        return out;
    }

    private static Figures.Attendance attendance(List<Booking> bookings) {
        long attended = bookings.stream().filter(b -> b.attendance == Attendance.ATTENDED).count();
        long dna = bookings.stream().filter(b -> b.attendance == Attendance.DID_NOT_ATTEND).count();
        long late = bookings.stream().filter(b -> b.status == BookingStatus.CANCELLED && b.lateCancellation).count();
        long recorded = attended + dna;
        return new Figures.Attendance(recorded, attended, dna, late, rate(attended, recorded), rate(dna, recorded));
    }

    private static Figures.Scores scores(List<Evaluation> e) {
        Double before = avg(e, x -> x.confidenceBefore);
        Double after = avg(e, x -> x.confidenceAfter);
        return new Figures.Scores(e.size(), before, after, before == null ? null : round(after - before),
                e.stream().filter(x -> x.outcomesMet == OutcomesMet.FULLY).count(),
                e.stream().filter(x -> x.outcomesMet == OutcomesMet.PARTLY).count(),
                e.stream().filter(x -> x.outcomesMet == OutcomesMet.NOT_MET).count());
    }

    private List<Figures.Impact> impact(List<ImpactFollowUp> followUps) {
        List<Figures.Impact> out = new ArrayList<>();
        for (int months : rules.months()) {
            List<ImpactFollowUp> f = followUps.stream().filter(x -> x.monthsAfter == months).toList();
            List<ImpactFollowUp> answered = f.stream().filter(x -> x.status == FollowUpStatus.ANSWERED).toList();
            out.add(new Figures.Impact(months, f.size(), answered.size(), f.stream().filter(x -> x.status == FollowUpStatus.EXPIRED).count(),
                    avg(answered, x -> x.practiceChanged), avg(answered, x -> x.confidenceNow),
                    avgNullable(f.stream().map(x -> x.lineManagerScore).filter(Objects::nonNull).toList())));
        }
        return out;
    }

    private static <T> Double avg(Collection<T> items, ToIntFunction<T> value) {
        return items.isEmpty() ? null : round(items.stream().mapToInt(value).average().orElse(0));
    }

    private static Double avgNullable(List<Integer> values) {
        return values.isEmpty() ? null : round(values.stream().mapToInt(Integer::intValue).average().orElse(0));
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : round((double) part / whole);
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
