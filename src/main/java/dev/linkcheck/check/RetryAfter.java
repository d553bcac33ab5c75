package dev.linkcheck.check;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parses {@code Retry-After}: delta-seconds or an HTTP date, capped. Stateless. */
final class RetryAfter {

  static final Duration CAP = Duration.ofSeconds(60);

  private static final Duration DAY = Duration.ofDays(1);

  private RetryAfter() {}

  /** The delay asked for, at most {@link #CAP}, never negative; empty when absent or unreadable. */
  static Optional<Duration> parse(String value, Instant now) {
    return asked(value, now).map(delay -> delay.compareTo(CAP) > 0 ? CAP : delay);
  }

  /**
   * The delay asked for, uncapped but never negative and at most a day (a bigger number is read as
   * a day rather than overflowing); empty when absent or unreadable.
   */
  static Optional<Duration> asked(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    Duration delay;
    if (v.chars().allMatch(Character::isDigit)) {
      delay = v.length() > 5 ? DAY : Duration.ofSeconds(Long.parseLong(v));
    } else {
      Optional<Instant> at = httpDate(v);
      if (at.isEmpty()) {
        return Optional.empty();
      }
      delay = Duration.between(now, at.get());
    }
    if (delay.isNegative()) {
      delay = Duration.ZERO;
    }
    return Optional.of(delay.compareTo(DAY) > 0 ? DAY : delay);
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
