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

  private RetryAfter() {}

  /** The delay asked for, at most {@link #CAP}, never negative; empty when absent or unreadable. */
  static Optional<Duration> parse(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    Duration delay;
    if (v.chars().allMatch(Character::isDigit)) {
      // A huge number of seconds must not overflow: anything past the cap is the cap.
      delay = v.length() > 6 ? CAP : Duration.ofSeconds(Long.parseLong(v));
    } else {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        delay = Duration.between(now, at);
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    if (delay.isNegative()) {
      delay = Duration.ZERO;
    }
    return Optional.of(delay.compareTo(CAP) > 0 ? CAP : delay);
  }
}
