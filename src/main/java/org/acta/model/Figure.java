package org.acta.model;

import java.math.BigDecimal;
import java.util.Optional;

/** A statistic cited at an event: {@code 138.090 giáo viên}. */
public record Figure(String label, BigDecimal value, Optional<String> unit, Optional<String> note) {
}
