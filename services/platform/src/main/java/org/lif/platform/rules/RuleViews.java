package org.lif.platform.rules;

import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;

/** What the rules endpoints answer and take. */
public final class RuleViews {

    private RuleViews() {
    }

    /**
     * A rule as it stands in the partnership.
     *
     * @param value               what applies to clocks started now: the partnership's own value, or the installation's default
     * @param partnershipsOwn     whether the partnership set its own value
     * @param installationDefault what applies when the partnership sets none
     */
    public record RuleView(String name, String description, RuleUnit unit, int value, boolean partnershipsOwn,
                           int installationDefault, int minimum, int maximum, String basis, String changedBy,
                           OffsetDateTime changedAt) {
    }

    /** The partnership's own value of a rule. */
    public record RuleChange(@NotNull(message = "is required") Integer value) {
    }
}
