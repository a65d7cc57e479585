package org.lif.reviews;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.TestClock;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.lif.reviews.Api.*;

/** Serious incident notifications: the 5-working-day clock over bank holidays, late flagged, no child-identifying data. */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class NotificationTest {

    static final String NOTIFICATIONS = base(P) + "/notifications";

    @Test
    void awareOnThursdayBeforeEasterIsDueAfterGoodFridayAndEasterMonday() {
        // Thu 17 Apr 2025: Good Friday 18th and Easter Monday 21st are bank holidays -> due Mon 28 Apr
        String rapidId = as(admin()).body(notification(LocalDate.parse("2025-04-17"), LocalDate.parse("2025-04-24"),
                        List.of("youth-options", "bitterne-park-school"), child("Child T", "DEATH", true), child("Sibling 1", "SERIOUS_HARM", false)))
                .post(NOTIFICATIONS).then().statusCode(201)
                .header("Location", containsString("/notifications/"))
                .body("notificationDueOn", is("2025-04-28"))
                .body("late", is(false))
                .body("lateByWorkingDays", is(0))
                .body("children.pseudonym", contains("Child T", "Sibling 1"))
                .extract().path("rapidReviewId");
        // rapid review: 15 working days from the notification (24 Apr), skipping the early May bank holiday -> Fri 16 May
        as(admin()).get(review(rapidId)).then().statusCode(200)
                .body("type", is("RAPID_REVIEW")).body("status", is("INFORMATION_GATHERING"))
                .body("title", is("Rapid review: Child T, Sibling 1"))
                .body("rapidReview.dueOn", is("2025-05-16"))
                .body("nextDeadline.rule", is("rapid-review")).body("nextDeadline.dueOn", is("2025-05-16"))
                .body("nextDeadline.overdue", is(true)).body("nextDeadline.workingDaysLeft", lessThan(0));
        // each agency involved was asked for information, due 10 working days from the notification (9 May)
        as(admin()).get(review(rapidId) + "/information-requests").then().statusCode(200)
                .body("agency", containsInAnyOrder("youth-options", "bitterne-park-school"))
                .body("dueOn", everyItem(is("2025-05-09"))).body("status", everyItem(is("REQUESTED")));
    }

    @Test
    void lateNotificationIsFlaggedNotRefused() {
        as(admin()).body(notification(LocalDate.parse("2025-04-17"), LocalDate.parse("2025-04-30"), List.of("youth-options"),
                        child("Child U", "SERIOUS_HARM", false)))
                .post(NOTIFICATIONS).then().statusCode(201)
                .body("notificationDueOn", is("2025-04-28")).body("late", is(true)).body("lateByWorkingDays", is(2));
    }

    @Test
    void namesDatesOfBirthAndAddressesAreRefused() {
        Map<String, Object> named = new HashMap<>(child("Child T", "DEATH", false));
        named.put("name", "Jane Smith");
        as(admin()).body(notification(LocalDate.parse("2025-04-17"), LocalDate.parse("2025-04-22"), List.of("youth-options"), named))
                .post(NOTIFICATIONS).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("name"))).body("errors.message", hasItem("unknown field"));
        Map<String, Object> dob = new HashMap<>(child("Child T", "DEATH", false));
        dob.put("dateOfBirth", "2024-02-01");
        as(admin()).body(notification(LocalDate.parse("2025-04-17"), LocalDate.parse("2025-04-22"), List.of("youth-options"), dob))
                .post(NOTIFICATIONS).then().statusCode(400);
        Map<String, Object> address = notification(LocalDate.parse("2025-04-17"), LocalDate.parse("2025-04-22"), List.of("youth-options"), child("Child T", "DEATH", false));
        address.put("address", "1 High Street");
        as(admin()).body(address).post(NOTIFICATIONS).then().statusCode(400);
        // a name in the pseudonym field is refused too
        as(admin()).body(notification(LocalDate.parse("2025-04-17"), LocalDate.parse("2025-04-22"), List.of("youth-options"), child("Jane Smith", "DEATH", false)))
                .post(NOTIFICATIONS).then().statusCode(400).body("errors.field", hasItem("children[0].pseudonym"));
    }

    @Test
    void oneToFourChildrenWithKnownHarmAndConsistentDates() {
        Map<?, ?> c = child("Child A", "DEATH", false);
        as(admin()).body(notification(LocalDate.parse("2025-04-17"), LocalDate.parse("2025-04-22"), List.of("youth-options")))
                .post(NOTIFICATIONS).then().statusCode(400).body("errors.field", hasItem("children"));
        as(admin()).body(notification(LocalDate.parse("2025-04-17"), LocalDate.parse("2025-04-22"), List.of("youth-options"),
                        child("Child A", "DEATH", false), child("Child B", "DEATH", false), child("Child C", "DEATH", false),
                        child("Child D", "DEATH", false), child("Child E", "DEATH", false)))
                .post(NOTIFICATIONS).then().statusCode(400).body("errors.field", hasItem("children"));
        as(admin()).body(notification(LocalDate.parse("2025-04-17"), LocalDate.parse("2025-04-22"), List.of("youth-options"),
                        Map.of("pseudonym", "Child A", "ageBand", "UNDER_ONE", "harm", "BRUISE", "lookedAfter", false)))
                .post(NOTIFICATIONS).then().statusCode(400).body("errors.message", hasItem(containsString("DEATH, SERIOUS_HARM")));
        as(admin()).body(notification(LocalDate.parse("2025-04-17"), LocalDate.parse("2025-04-16"), List.of("youth-options"), c))
                .post(NOTIFICATIONS).then().statusCode(400).body("errors.field", hasItem("notifiedOn"));
        as(admin()).body(notification(TestClock.today().plusDays(3), TestClock.today().plusDays(4), List.of("youth-options"), c))
                .post(NOTIFICATIONS).then().statusCode(400).body("errors.field", hasItems("becameAwareOn", "notifiedOn"));
        as(admin()).body(notification(LocalDate.parse("2010-01-04"), LocalDate.parse("2010-01-05"), List.of("youth-options"), c))
                .post(NOTIFICATIONS).then().statusCode(400).body("errors[0].message", containsString("bank-holiday calendar"));
        as(admin()).body("{not json").post(NOTIFICATIONS).then().statusCode(400);
        as(admin()).post(NOTIFICATIONS).then().statusCode(400);
    }

    @Test
    void notificationsAreListedAndReadByThePartnershipOnly() {
        String rapidId = rapidReview(LocalDate.parse("2025-06-02"), LocalDate.parse("2025-06-03"), List.of("youth-options"));
        String id = as(admin()).get(NOTIFICATIONS + "?size=100").then().statusCode(200)
                .body("items.rapidReviewId", hasItem(rapidId))
                .extract().path("items.find { it.rapidReviewId == '" + rapidId + "' }.id");
        as(org.lif.testkit.DemoTokens.hipsChair()).get(NOTIFICATIONS + "/" + id).then().statusCode(200);
        as(org.lif.testkit.DemoTokens.southamptonSchool()).get(NOTIFICATIONS + "/" + id).then().statusCode(403);
        as(org.lif.testkit.DemoTokens.portsmouthAdmin()).get(base("portsmouth") + "/notifications/" + id).then().statusCode(404);
    }

    @Test
    void aRetriedNotificationWithTheSameIdempotencyKeyIsRecordedOnce() {
        Map<String, Object> body = notification(LocalDate.parse("2025-05-01"), LocalDate.parse("2025-05-02"), List.of("youth-options"), child("Child K", "DEATH", false));
        String key = "sin-" + System.nanoTime();
        String first = as(admin()).header("Idempotency-Key", key).body(body).post(NOTIFICATIONS).then().statusCode(201).extract().path("id");
        as(admin()).header("Idempotency-Key", key).body(body).post(NOTIFICATIONS).then().statusCode(201)
                .header("Idempotency-Replayed", "true").body("id", is(first));
    }
}
