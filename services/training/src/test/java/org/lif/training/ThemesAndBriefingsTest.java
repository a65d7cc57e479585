package org.lif.training;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lif.contracts.EventCodec;
import org.lif.contracts.EventEnvelope;
import org.lif.contracts.SourceType;
import org.lif.contracts.Topics;
import org.lif.contracts.audits.AuditCompletedV1;
import org.lif.contracts.audits.AuditEvents;
import org.lif.contracts.recommendations.RecommendationIssuedV1;
import org.lif.contracts.reviews.LearningThemeIdentifiedV1;
import org.lif.contracts.reviews.ReviewEvents;
import org.lif.contracts.reviews.ReviewPublishedV1;
import org.lif.testkit.DemoTokens;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.TestClock;
import org.lif.testkit.TestKafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.lif.training.Api.*;

/** Themes learned from reviews' and audits' events, gaps, briefings and cascade counts, events out, dead letters. */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class ThemesAndBriefingsTest {

    static List<String> gaps() {
        return as(DemoTokens.southamptonAdmin()).get(base(S) + "/themes?gapsOnly=true").then().statusCode(200).extract().path("theme");
    }

    static void await(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        fail(what);
    }

    @Test
    void themesRaisedByACompletedAuditAreLearned() {
        String theme = "audit-done-" + UUID.randomUUID().toString().substring(0, 8);
        String auditId = "audit-" + UUID.randomUUID();
        TestKafka.sendEvent(Topics.AUDITS, EventCodec.envelope(AuditEvents.AUDIT_COMPLETED, "/lif/audits", S, auditId,
                new AuditCompletedV1(auditId, "Neglect thematic audit", "MULTI_AGENCY_THEMATIC", 2026, List.of(theme), null,
                        TestClock.today(), List.of("youth-options"), 3, Map.of("GOOD", 2), 1, 1), TestClock.now()));
        await(() -> gaps().contains(theme), "audit themes not learned");
        as(DemoTokens.southamptonAdmin()).get(base(S) + "/themes").then()
                .body("find { it.theme == '" + theme + "' }.sources[0].type", is("AUDIT"))
                .body("find { it.theme == '" + theme + "' }.sources[0].title", is("Neglect thematic audit"));
    }

    @Test
    void themesFromReviewsAndAuditsShowGapsUntilACourseOrBriefingAddressesThem() {
        String theme = "theme-" + UUID.randomUUID().toString().substring(0, 8);
        String auditTheme = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        EventEnvelope identified = EventCodec.envelope(ReviewEvents.LEARNING_THEME_IDENTIFIED, "/lif/reviews", S, "lcspr-1",
                new LearningThemeIdentifiedV1("lcspr-1", "LCSPR", "LCSPR Child T", theme), TestClock.now());
        TestKafka.sendEvent(Topics.REVIEWS, identified);
        TestKafka.sendEvent(Topics.REVIEWS, identified); // duplicate: no-op
        EventEnvelope other = EventCodec.envelope(ReviewEvents.REVIEW_PUBLISHED, "/lif/reviews", S, "lcspr-1",
                new ReviewPublishedV1("lcspr-1", "LCSPR", "LCSPR Child T", TestClock.today(), "https://example.org/r.pdf", TestClock.today().plusYears(1), List.of("skipped-theme")), TestClock.now());
        TestKafka.sendEvent(Topics.REVIEWS, other);
        EventEnvelope rec = EventCodec.envelope(RecommendationIssuedV1.fromAudits(), "/lif/audits", S, "audit-9",
                new RecommendationIssuedV1("rec-9", SourceType.AUDIT, "audit-9", "Neglect audit", "Use the toolkit",
                        List.of("youth-options"), List.of(auditTheme), null, "SPIG"), TestClock.now());
        TestKafka.sendEvent(Topics.AUDITS, rec);

        await(() -> gaps().containsAll(List.of(theme, auditTheme)), "themes not learned");
        as(DemoTokens.southamptonAdmin()).get(base(S) + "/themes").then()
                .body("find { it.theme == '" + theme + "' }.sources.size()", is(1))
                .body("find { it.theme == '" + theme + "' }.sources[0].title", is("LCSPR Child T"))
                .body("theme", not(hasItem("skipped-theme")));
        // nothing of it in portsmouth
        as(DemoTokens.portsmouthAdmin()).get(base("portsmouth") + "/themes").then().statusCode(200).body("theme", not(hasItem(theme)));

        // a course closes one gap, a published briefing the other
        createCourse("Course for " + theme, List.of(theme));
        String admin = DemoTokens.southamptonAdmin();
        String briefing = as(admin).body(Map.of("title", "7-minute briefing: Neglect audit", "kind", "SEVEN_MINUTE_BRIEFING",
                        "summary", "1. Background ... 7. Questions for reflection", "source", Map.of("type", "AUDIT", "id", "audit-9", "title", "Neglect audit"),
                        "themes", List.of(auditTheme)))
                .post(base(S) + "/briefings").then().statusCode(201).body("status", is("DRAFT")).extract().path("id");
        assertTrue(gaps().contains(auditTheme), "a draft briefing does not close a gap");
        as(DemoTokens.southamptonPractitioner()).get(base(S) + "/briefings/" + briefing).then().statusCode(404);
        as(admin).post(base(S) + "/briefings/" + briefing + "/publish").then().statusCode(200).body("status", is("PUBLISHED"));
        List<String> gaps = gaps();
        assertFalse(gaps.contains(theme));
        assertFalse(gaps.contains(auditTheme));
        as(admin).get(base(S) + "/themes").then().body("find { it.theme == '" + auditTheme + "' }.briefings[0].id", is(briefing));

        // agencies confirm the cascade, each for itself
        as(DemoTokens.southamptonSchool()).body(Map.of("countReached", 40, "cascadedOn", TestClock.today().toString()))
                .post(base(S) + "/briefings/" + briefing + "/cascades").then().statusCode(201).body("agency", is("bitterne-park-school"));
        as(DemoTokens.southamptonCharity()).body(Map.of("countReached", 12, "cascadedOn", TestClock.today().toString(), "agency", "bitterne-park-school"))
                .post(base(S) + "/briefings/" + briefing + "/cascades").then().statusCode(403);
        as(DemoTokens.southamptonCharity()).body(Map.of("countReached", 12, "cascadedOn", TestClock.today().toString()))
                .post(base(S) + "/briefings/" + briefing + "/cascades").then().statusCode(201);
        as(DemoTokens.southamptonPractitioner()).body(Map.of("countReached", 1, "cascadedOn", TestClock.today().toString()))
                .post(base(S) + "/briefings/" + briefing + "/cascades").then().statusCode(403);
        as(admin).get(base(S) + "/briefings/" + briefing).then().body("agenciesCascaded", is(2)).body("staffReached", is(52));
        as(DemoTokens.southamptonCharity()).get(base(S) + "/briefings/" + briefing + "/cascades").then().body("agency", everyItem(is("youth-options")));

        // events out through the outbox, without personal data
        List<ConsumerRecord<String, String>> out = TestKafka.read(Topics.TRAINING, Duration.ofSeconds(20),
                seen -> seen.stream().filter(r -> briefing.equals(r.key())).count() >= 3);
        List<String> types = out.stream().filter(r -> briefing.equals(r.key())).map(r -> EventCodec.read(r.value()).type()).toList();
        assertTrue(types.containsAll(List.of("lif.training.BriefingPublished.v1", "lif.training.BriefingCascaded.v1")), types.toString());
    }

    @Test
    void malformedEventsAreDeadLettered() {
        String key = "poison-" + UUID.randomUUID();
        TestKafka.send(Topics.AUDITS, key, "{not json");
        List<ConsumerRecord<String, String>> dead = TestKafka.read(Topics.deadLetterOf(Topics.AUDITS), Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> key.equals(r.key())));
        assertTrue(dead.stream().anyMatch(r -> key.equals(r.key())), "malformed event not dead-lettered");
    }
}
