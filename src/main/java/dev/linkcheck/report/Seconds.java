package dev.linkcheck.report;

import java.math.BigDecimal;
import java.time.Duration;

/** Formats durations the way the user wrote them: {@code 10s}, {@code 0.3s}. */
final class Seconds {

  private Seconds() {}

  static String format(Duration d) {
    BigDecimal seconds = BigDecimal.valueOf(d.toMillis()).movePointLeft(3).stripTrailingZeros();
    return seconds.toPlainString() + "s";
  }
}
