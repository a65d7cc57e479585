package org.lif.platform.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.platform.calendar.ClockRules;
import org.lif.platform.calendar.StatutoryClock;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The value of a rule for the partnership being served (the request's, or the event's for a consumer): the
 * partnership's own value where it set one, otherwise the installation's default ({@link ClockRules}). A clock keeps the
 * due date it got when it started, so a change applies to clocks started after it.
 */
@ApplicationScoped
public class PartnershipRules {

    @Inject
    ClockRules defaults;

    /** Working days allowed by {@code rule} in this partnership. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int workingDays(String rule) {
        return own(rule).orElseGet(() -> defaults.workingDays(rule));
    }

    /** Months allowed by the month-based {@code rule} in this partnership. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int months(String rule) {
        return own(rule).orElseGet(() -> defaults.months(rule));
    }

    /** The clock of {@code rule} in this partnership. */
    public StatutoryClock clock(String rule) {
        return new StatutoryClock(rule, workingDays(rule));
    }

    /** {@code start} plus the months of {@code rule} in this partnership (31 Aug + 6 months = end of February). */
    public LocalDate addMonths(String rule, LocalDate start) {
        return start.plusMonths(months(rule));
    }

    /** The installation's default of {@code rule}. */
    public int installationDefault(LocalRule rule) {
        return rule.unit() == RuleUnit.MONTHS ? defaults.months(rule.name()) : defaults.workingDays(rule.name());
    }

    Optional<Integer> own(String rule) {
        PartnershipRule own = PartnershipRule.findById(rule);
        return Optional.ofNullable(own).map(r -> r.value);
    }
}
