package org.acta.assemble;

import java.math.BigDecimal;

/**
 * A standing task's target in one period, as judged on the as-of date.
 *
 * @param period   the period; for a target without recurrence, the span from assignment to the due date
 * @param achieved the sum of the {@code value}s reported for the period up to the as-of date
 * @param reported whether any update reported a value for it
 */
public record PeriodResult(Period period, BigDecimal target, BigDecimal achieved, boolean reported,
                           Outcome outcome) {

    /** Met or missed once the period has ended; current while it runs. */
    public enum Outcome {
        MET("met"), MISSED("missed"), CURRENT("current");

        private final String id;

        Outcome(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }
}
