package org.lif.reviews;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lif.contracts.EventCodec;
import org.lif.contracts.EventEnvelope;
import org.lif.contracts.Topics;
import org.lif.contracts.recommendations.RecommendationIssuedV1;
import org.lif.contracts.reviews.NotificationRecordedV1;
import org.lif.contracts.reviews.RapidReviewCompletedV1;
import org.lif.contracts.reviews.ReviewDecisionMadeV1;
import org.lif.contracts.reviews.ReviewPublishedV1;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.TestClock;
import org.lif.testkit.TestKafka;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.*;
import static org.lif.reviews.Api.*;

/** The events of a review's life reach lif.reviews.events through the outbox, valid and free of child data. */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class EventsTest {

    static List<EventEnvelope> eventsAbout(String subject, Predicate<List<EventEnvelope>> until) {
        List<ConsumerRecord<String, String>> records = TestKafka.read(Topics.REVIEWS, Duration.ofSeconds(30),
                seen -> until.test(seen.stream().filter(r -> subject.equals(r.key())).map(r -> EventCodec.read(r.value())).toList()));
        return records.stream().filter(r -> subject.equals(r.key())).map(r -> EventCodec.read(r.value())).toList();
    }

    static boolean has(List<EventEnvelope> events, String name) {
        return events.stream().anyMatch(e -> e.type().equals("lif.reviews." + name + ".v1"));
    }

    static EventEnvelope the(List<EventEnvelope> events, String name) {
        return events.stream().filter(e -> e.type().equals("lif.reviews." + name + ".v1")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + events));
    }

    @Test
    void notificationRecordedCarriesCountsNotChildren() {
        Map<String, Object> body = notification(LocalDate.parse("2025-04-17"), LocalDate.parse("2025-04-29"), List.of("youth-options"),
                child("Child T", "DEATH", true), child("Sibling 2", "SERIOUS_HARM", false));
        String notificationId = as(admin()).body(body).post(base(P) + "/notifications").then().statusCode(201).extract().path("id");
        List<EventEnvelope> events = eventsAbout(notificationId, seen -> has(seen, "NotificationRecorded"));
        EventEnvelope e = the(events, "NotificationRecorded");
        assertEquals("southampton", e.partnership());
        NotificationRecordedV1 payload = EventCodec.payload(e, NotificationRecordedV1.class);
        assertEquals(2, payload.childCount());
        assertEquals(1, payload.deaths());
        assertEquals(1, payload.lookedAfterCount());
        assertTrue(payload.late());
        assertEquals(LocalDate.parse("2025-04-28"), payload.notificationDueOn());
        String json = e.data().toString();
        assertFalse(json.contains("Child T") || json.contains("Sibling") || json.contains("pseudonym") || json.contains("summary"), json);
    }

    @Test
    void rapidReviewDecisionRecommendationsThemesAndPublication() {
        LocalDate published = TestClock.today().minusMonths(2);
        LocalDate notified = published.minusMonths(8);
        String rapid = rapidReview(notified.minusDays(2), notified, List.of("youth-options"));
        as(admin()).body(Map.of("heldOn", notified.plusDays(7).toString())).post(review(rapid) + "/meeting").then().statusCode(200);
        as(admin()).body(outcome(notified.plusDays(8), "LCSPR", null,
                        List.of(Map.of("text", "Refer every infant injury to the MASH", "targetAgencies", List.of("youth-options", "bitterne-park-school")))))
                .post(review(rapid) + "/outcome").then().statusCode(200);
        for (String partner : List.of("LOCAL_AUTHORITY", "POLICE", "HEALTH")) {
            as(admin()).body(Map.of("partner", partner, "signatory", "Lead", "signedOn", notified.plusDays(9).toString()))
                    .post(review(rapid) + "/sign-offs").then().statusCode(201);
        }
        String lcspr = as(admin()).body(Map.of("submittedOn", notified.plusDays(30).toString())).post(review(rapid) + "/panel-submission")
                .then().statusCode(200).extract().path("rapidReview.outcome.followUpReviewId");

        List<EventEnvelope> rapidEvents = eventsAbout(rapid, seen -> has(seen, "ReviewDecisionMade") && has(seen, "RecommendationIssued")
                && has(seen, "RapidReviewCompleted") && has(seen, "LearningThemeIdentified"));
        RapidReviewCompletedV1 completed = EventCodec.payload(the(rapidEvents, "RapidReviewCompleted"), RapidReviewCompletedV1.class);
        assertFalse(completed.withinTimescale(), "submitted after the 15 working days");
        assertEquals(List.of("HEALTH", "LOCAL_AUTHORITY", "POLICE"), completed.signedOffBy().stream().sorted().toList());
        ReviewDecisionMadeV1 decision = EventCodec.payload(the(rapidEvents, "ReviewDecisionMade"), ReviewDecisionMadeV1.class);
        assertEquals("LCSPR", decision.decision());
        assertEquals(lcspr, decision.followUpReviewId());
        assertEquals(notified.plusDays(8).plusMonths(6), decision.finalReportDueOn());
        RecommendationIssuedV1 immediate = EventCodec.payload(the(rapidEvents, "RecommendationIssued"), RecommendationIssuedV1.class);
        assertEquals(rapid, immediate.sourceId());
        assertEquals("Rapid review: Child T", immediate.sourceTitle());
        assertEquals(List.of("youth-options", "bitterne-park-school"), immediate.targetAgencies());
        assertTrue(rapidEvents.stream().filter(e -> e.type().endsWith("LearningThemeIdentified.v1")).count() >= 2);

        toFinalReport(lcspr, "jo-reviewer", notified.plusDays(40));
        String rec = as(admin()).body(recommendation("Use the neglect toolkit", List.of("youth-options"))).post(review(lcspr) + "/recommendations")
                .then().statusCode(201).extract().path("id");
        as(admin()).post(review(lcspr) + "/recommendations/" + rec + "/issue").then().statusCode(200);
        as(admin()).body(Map.of("response", "Accepted", "agreedOn", published.minusDays(20).toString())).put(review(lcspr) + "/partnership-response").then().statusCode(200);
        as(admin()).body(Map.of("sentOn", published.minusDays(20).toString(), "plannedPublicationOn", published.toString()))
                .post(review(lcspr) + "/panel-notice").then().statusCode(200);
        as(admin()).body(Map.of("publishedOn", published.toString(), "url", "https://scp.example.org/lcspr.pdf"))
                .post(review(lcspr) + "/publication").then().statusCode(200);

        List<EventEnvelope> lcsprEvents = eventsAbout(lcspr, seen -> has(seen, "ReviewPublished") && has(seen, "RecommendationIssued"));
        RecommendationIssuedV1 issued = EventCodec.payload(the(lcsprEvents, "RecommendationIssued"), RecommendationIssuedV1.class);
        assertEquals(rec, issued.recommendationId());
        assertEquals("LCSPR: Child T", issued.sourceTitle());
        assertEquals("SILG", issued.subgroup());
        ReviewPublishedV1 pub = EventCodec.payload(the(lcsprEvents, "ReviewPublished"), ReviewPublishedV1.class);
        assertEquals(published, pub.publishedOn());
        assertEquals(published.plusYears(1), pub.mayComeDownOn());
        assertTrue(pub.themes().contains("neglect"));
    }
}
