package dev.linkcheck.check;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads {@code Retry-After}: delta-seconds or an HTTP date. Uncapped ({@link RetryPolicy} caps it).
 * Stateless.
 */
final class RetryAfter {

  // More digits than this could overflow a long: such a delay is "forever" to any cap.
  private static final int MAX_DIGITS = 18;

  private RetryAfter() {}

  /** The delay asked for, never negative; empty when absent or unreadable. */
  static Optional<Duration> parse(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    Duration delay;
    if (v.chars().allMatch(Character::isDigit)) {
      delay =
          v.length() > MAX_DIGITS
              ? Duration.ofSeconds(Long.MAX_VALUE)
              : Duration.ofSeconds(Long.parseLong(v));
    } else {
      Optional<Instant> at = httpDate(v);
      if (at.isEmpty()) {
        return Optional.empty();
      }
      delay = Duration.between(now, at.get());
    }
    return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
  }

  /** An RFC 1123 date as HTTP sends it; empty when {@code v} is not one. */
  static Optional<Instant> httpDate(String v) {
    try {
      return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
