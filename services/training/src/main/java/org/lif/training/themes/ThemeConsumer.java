package org.lif.training.themes;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.lif.contracts.EventCodec;
import org.lif.contracts.EventEnvelope;
import org.lif.contracts.EventType;
import org.lif.contracts.SourceType;
import org.lif.contracts.audits.AuditCompletedV1;
import org.lif.contracts.audits.AuditEvents;
import org.lif.contracts.recommendations.RecommendationIssuedV1;
import org.lif.contracts.reviews.LearningThemeIdentifiedV1;
import org.lif.platform.inbox.EventProcessor;
import org.lif.training.common.Themes;
import org.lif.platform.time.Today;

import java.util.List;
import java.util.Set;

/**
 * Learns themes from the reviews and audits topics: {@code LearningThemeIdentified.v1},
 * {@code RecommendationIssued.v1} and {@code AuditCompleted.v1} (the themes an audit raised); other event types there
 * are skipped. Malformed events go to {@code <topic>.dlq}.
 */
@ApplicationScoped
public class ThemeConsumer {

    private static final Logger LOG = Logger.getLogger(ThemeConsumer.class);
    static final String CONSUMER = "training.themes";
    static final String THEME_IDENTIFIED = "LearningThemeIdentified";
    static final Set<String> CONSUMED = Set.of(THEME_IDENTIFIED, RecommendationIssuedV1.NAME, AuditEvents.AUDIT_COMPLETED.name());

    @Inject
    EventProcessor processor;
    @Inject
    Today today;

    @Incoming("reviews-events")
    @Blocking
    public void fromReviews(String event) {
        consume(event);
    }

    @Incoming("audits-events")
    @Blocking
    public void fromAudits(String event) {
        consume(event);
    }

    void consume(String raw) {
        EventEnvelope peek = EventCodec.read(raw);
        EventType type = EventType.parse(peek.type());
        if (type.version() != 1 || !CONSUMED.contains(type.name())) {
            LOG.debugf("skipping %s: not consumed by training", peek.type());
            return;
        }
        processor.process(CONSUMER, raw, envelope -> {
            if (THEME_IDENTIFIED.equals(type.name())) {
                LearningThemeIdentifiedV1 t = EventCodec.payload(envelope, LearningThemeIdentifiedV1.class);
                learn(List.of(t.theme()), "REVIEW", t.reviewId(), t.title(), envelope.type());
            } else if (type.equals(AuditEvents.AUDIT_COMPLETED)) {
                AuditCompletedV1 a = EventCodec.payload(envelope, AuditCompletedV1.class);
                learn(a.themes(), SourceType.AUDIT.name(), a.auditId(), a.title(), envelope.type());
            } else {
                RecommendationIssuedV1 r = EventCodec.payload(envelope, RecommendationIssuedV1.class);
                learn(r.themes() == null ? List.of() : r.themes(), r.sourceType().name(), r.sourceId(), r.sourceTitle(), envelope.type());
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void learn(List<String> themes, String sourceType, String sourceId, String title, String eventType) {
        for (String theme : Themes.normalise(themes)) {
            if (ThemeSource.count("theme = ?1 and sourceType = ?2 and sourceId = ?3", theme, sourceType, sourceId) == 0) {
                ThemeSource s = new ThemeSource();
                s.theme = theme;
                s.sourceType = sourceType;
                s.sourceId = sourceId;
                s.sourceTitle = title;
                s.learnedFrom = eventType;
                s.learnedAt = today.now();
                s.persist();
            }
        }
    }
}
