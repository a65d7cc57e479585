package org.lif.platform.rules;

/**
 * A rule a partnership may set for itself, within bounds: the statutory limit on one side (a partnership may ask more
 * of itself than Working Together does, never less) and what is workable on the other.
 *
 * @param name        the rule's name, as in {@code lif.clocks.<name>} (the installation's default)
 * @param unit        what the number counts
 * @param minimum     the smallest value a partnership may choose
 * @param maximum     the largest value a partnership may choose
 * @param description what the rule decides, in plain English
 * @param basis       where the default and the bounds come from
 */
public record LocalRule(String name, RuleUnit unit, int minimum, int maximum, String description, String basis) {

    public boolean allows(int value) {
        return value >= minimum && value <= maximum;
    }
}
