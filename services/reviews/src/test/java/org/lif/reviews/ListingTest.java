package org.lif.reviews;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.lif.platform.calendar.WorkingDayCalendar;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.TestClock;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lif.reviews.Api.*;

/** Where every review stands: deadlines in working days, filters by type, status, theme and overdue, paging. */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class ListingTest {

    static final WorkingDayCalendar CAL = WorkingDayCalendar.englandAndWales();

    @Test
    void overdueRapidReviewShowsWorkingDaysPastItsDeadline() {
        String id = rapidReview(LocalDate.parse("2025-12-19"), LocalDate.parse("2025-12-22"), List.of("youth-options"));
        // 15 working days from Mon 22 Dec 2025 skip Christmas, Boxing Day and New Year's Day -> Thu 15 Jan 2026
        LocalDate due = LocalDate.parse("2026-01-15");
        assertEquals(due, CAL.addWorkingDays(LocalDate.parse("2025-12-22"), 15));
        int left = CAL.workingDaysBetween(TestClock.today(), due);
        as(admin()).get(reviews() + "?overdue=true&type=RAPID_REVIEW&size=100").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.nextDeadline.dueOn", is(due.toString()))
                .body("items.find { it.id == '" + id + "' }.nextDeadline.workingDaysLeft", is(left))
                .body("items.find { it.id == '" + id + "' }.nextDeadline.overdue", is(true));
        as(admin()).get(reviews() + "?overdue=false&size=100").then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void filtersByTypeStatusAndTheme() {
        String theme = "theme-" + System.nanoTime();
        String id = as(admin()).body(Map.of("type", "MULTI_AGENCY_CASE_REVIEW", "title", "Multi-agency case review: Child M",
                        "decidedOn", TestClock.today().minusDays(10).toString(), "themes", List.of(theme)))
                .post(reviews()).then().statusCode(201).extract().path("id");
        as(admin()).get(reviews() + "?theme=" + theme).then().statusCode(200).body("items.id", contains(id))
                .body("items[0].nextDeadline.rule", is("final-report")).body("items[0].nextDeadline.overdue", is(false))
                .body("items[0].recommendations.recommendationsIssued", is(0));
        as(admin()).get(reviews() + "?theme=" + theme + "&type=LCSPR").then().statusCode(200).body("totalItems", is(0));
        as(admin()).get(reviews() + "?theme=" + theme + "&status=COMMISSIONED").then().statusCode(200).body("totalItems", is(1));
        as(admin()).get(reviews() + "?theme=" + theme + "&status=PUBLISHED").then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void pagedSoonestDeadlineFirst() {
        rapidReview(LocalDate.parse("2025-11-03"), LocalDate.parse("2025-11-04"), List.of("youth-options"));
        rapidReview(LocalDate.parse("2025-11-10"), LocalDate.parse("2025-11-11"), List.of("youth-options"));
        List<String> dues = as(admin()).get(reviews() + "?type=RAPID_REVIEW&size=2&page=0").then().statusCode(200)
                .body("size", is(2)).body("items.size()", is(2)).body("totalPages", greaterThanOrEqualTo(1))
                .extract().path("items.nextDeadline.dueOn");
        assertEquals(dues.stream().sorted().toList(), dues);
    }
}
