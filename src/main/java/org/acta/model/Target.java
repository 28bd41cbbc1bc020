package org.acta.model;

import java.math.BigDecimal;

/** A measurable target: {@code 2 lớp bồi dưỡng mỗi năm}. */
public record Target(BigDecimal value, String unit) {
}
