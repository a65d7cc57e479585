package org.lif.platform.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lif.platform.audit.AuditTrail;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.platform.time.Today;

/** Sets and clears a partnership's own value of a rule, within its bounds, on the audit trail. */
@ApplicationScoped
public class RuleChanges {

    @Inject
    PartnershipRules rules;
    @Inject
    AuditTrail audit;
    @Inject
    PartnershipContext context;
    @Inject
    Today today;

    @Transactional
    public PartnershipRule set(LocalRule rule, int value) {
        if (!rule.allows(value)) {
            throw Problems.invalid("value", "must be from " + rule.minimum() + " to " + rule.maximum() + " "
                    + rule.unit().words() + ". " + rule.basis());
        }
        int before = rules.own(rule.name()).orElseGet(() -> rules.installationDefault(rule));
        PartnershipRule own = PartnershipRule.findById(rule.name());
        if (own == null) {
            own = new PartnershipRule();
            own.rule = rule.name();
        }
        own.value = value;
        own.changedBy = context.actor();
        own.changedAt = today.now();
        own.persist();
        audit.record("rule", rule.name(), "CHANGED", before, value, null);
        return own;
    }

    /** Back to the installation's default. */
    @Transactional
    public void reset(LocalRule rule) {
        PartnershipRule own = PartnershipRule.findById(rule.name());
        if (own != null) {
            own.delete();
            audit.record("rule", rule.name(), "RESET", own.value, rules.installationDefault(rule), null);
        }
    }
}
