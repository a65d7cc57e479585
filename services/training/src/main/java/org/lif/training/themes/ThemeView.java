package org.lif.training.themes;

import java.util.List;
import java.util.UUID;

/**
 * One learning theme: where it was learned (reviews, audits), which courses and published briefings address it, and
 * whether that is a gap (learned from a review or audit, but no course or briefing addresses it).
 */
public record ThemeView(String theme, List<Source> sources, List<Ref> courses, List<Ref> briefings, boolean gap) {

    public record Source(String type, String id, String title) {
    }

    public record Ref(UUID id, String title) {
    }
}
