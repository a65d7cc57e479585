package org.lif.portal.rules;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;

/** The rules API's documents (RuleView, RuleChange in docs/api/reviews.yaml). */
public final class RuleModels {

    private RuleModels() {
    }

    /** A rule: its value for the partnership, whether it is the partnership's own, the default, the bounds and their basis. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rule(String name, String description, String unit, int value, boolean partnershipsOwn, int installationDefault,
                       int minimum, int maximum, String basis, String changedBy, OffsetDateTime changedAt) {

        public String title() {
            return RuleWords.title(name);
        }

        public String valueWords() {
            return RuleWords.amount(value, unit);
        }

        public String defaultWords() {
            return RuleWords.amount(installationDefault, unit);
        }

        /** "From 5 to 15 working days". */
        public String rangeWords() {
            return "From " + minimum + " to " + RuleWords.amount(maximum, unit);
        }

        public String unitWords() {
            return RuleWords.unit(unit, 2);
        }
    }

    public record Change(int value) {
    }
}
