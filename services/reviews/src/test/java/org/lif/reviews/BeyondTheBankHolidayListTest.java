package org.lif.reviews;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.lif.testkit.BankHolidayListEndedProfile;
import org.lif.testkit.LifTestStack;

import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.*;
import static org.lif.reviews.Api.*;

/**
 * With a bank-holiday list that ended on 31 December 2025, a working-day count running into 2026 is refused with the
 * platform's 503 problem, nothing recorded; never a 400 blaming a valid date, never "0 working days late".
 */
@QuarkusTest
@TestProfile(BankHolidayListEndedProfile.class)
@WithTestResource(LifTestStack.class)
class BeyondTheBankHolidayListTest {

    static final String NOTIFICATIONS = base(P) + "/notifications";
    static final String DETAIL = "Working days after 31 December 2025 cannot be counted: the bank-holiday list ends there. "
            + "An operator must update it (lif.calendar.bank-holidays-file).";

    @Test
    void aLateNotificationWhoseLatenessCannotBeCountedIsRefusedNotShownAsZeroDaysLate() {
        long before = total();
        // aware Mon 15 Dec 2025: due Mon 22 Dec 2025; notified Mon 5 Jan 2026, in a year the list does not cover
        as(admin()).body(notification(LocalDate.parse("2025-12-15"), LocalDate.parse("2026-01-05"), List.of("youth-options"),
                        child("Child Q", "SERIOUS_HARM", false)))
                .post(NOTIFICATIONS).then().statusCode(503).contentType("application/problem+json")
                .body("type", endsWith("/calendar-coverage")).body("detail", is(DETAIL));
        as(admin()).get(NOTIFICATIONS).then().statusCode(200).body("totalItems", is((int) before));
    }

    @Test
    void aDeadlineRunningPastTheListIsRefusedWithoutBlamingTheDateGiven() {
        // aware Mon 29 Dec 2025 (covered): its 5 working days end in 2026
        as(admin()).body(notification(LocalDate.parse("2025-12-29"), LocalDate.parse("2025-12-30"), List.of("youth-options"),
                        child("Child R", "SERIOUS_HARM", false)))
                .post(NOTIFICATIONS).then().statusCode(503).body("detail", is(DETAIL)).body("errors", nullValue());
    }

    @Test
    void countsInsideTheListStillWorkAndADateBeforeItIsTheCallersMistake() {
        // aware Mon 3 Nov 2025: due Mon 10 Nov; notified Wed 12 Nov, 2 working days late; its rapid review (15 working
        // days) is due in December 2025, inside the list
        as(admin()).body(notification(LocalDate.parse("2025-11-03"), LocalDate.parse("2025-11-12"), List.of("youth-options"),
                        child("Child S", "SERIOUS_HARM", false)))
                .post(NOTIFICATIONS).then().statusCode(201)
                .body("notificationDueOn", is("2025-11-10")).body("late", is(true)).body("lateByWorkingDays", is(2));
        as(admin()).body(notification(LocalDate.parse("2010-01-04"), LocalDate.parse("2010-01-05"), List.of("youth-options"),
                        child("Child S", "SERIOUS_HARM", false)))
                .post(NOTIFICATIONS).then().statusCode(400).body("errors[0].field", is("becameAwareOn"));
    }

    @Test
    void operatorsSeeItInTheHealthCheckWhichStaysUpAndInTheGauge() {
        io.restassured.RestAssured.get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.find { it.name == 'bank-holiday data' }.status", is("UP"))
                .body("checks.find { it.name == 'bank-holiday data' }.data.lastYear", is(2025))
                .body("checks.find { it.name == 'bank-holiday data' }.data.warning",
                        startsWith("The bank-holiday list ended on 31 December 2025, "));
        io.restassured.RestAssured.get("/q/metrics").then().statusCode(200)
                .body(containsString("lif_calendar_coverage_days_remaining"));
    }

    private static long total() {
        return ((Number) as(admin()).get(NOTIFICATIONS).then().statusCode(200).extract().path("totalItems")).longValue();
    }
}
