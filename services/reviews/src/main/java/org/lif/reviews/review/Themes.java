package org.lif.reviews.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.contracts.reviews.LearningThemeIdentifiedV1;
import org.lif.contracts.reviews.ReviewEvents;
import org.lif.platform.outbox.Outbox;
import org.lif.platform.tenancy.PartnershipContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Adds learning themes to a review; each theme new to the review is announced once (LearningThemeIdentified). */
@ApplicationScoped
public class Themes {

    @Inject
    Outbox outbox;
    @Inject
    PartnershipContext context;

    public static String normalise(String theme) {
        return theme.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void identify(Review r, Collection<String> themes) {
        if (themes == null) {
            return;
        }
        for (String raw : themes) {
            String theme = normalise(raw);
            if (!theme.isEmpty() && !r.themes.contains(theme)) {
                List<String> updated = new ArrayList<>(r.themes);
                updated.add(theme);
                r.themes = updated;
                outbox.publish(ReviewEvents.LEARNING_THEME_IDENTIFIED, context.partnershipId(), r.id.toString(),
                        new LearningThemeIdentifiedV1(r.id.toString(), r.type.name(), r.title, theme));
            }
        }
    }
}
