package dev.linkcheck.check;

import java.time.Duration;
import java.time.Instant;

/**
 * "No new request to this host before {@code until}", as a server's rate-limit headers asked:
 * {@code asked} is what the server wanted, {@code delay} the bounded part of it that is honoured,
 * {@code header} the field that said so (shown under {@code -vv} and in host statistics).
 * Immutable.
 */
public record HostPause(Instant until, Duration delay, Duration asked, String header) {

  /** True when the server asked for more than the bound let through. */
  public boolean capped() {
    return asked.compareTo(delay) > 0;
  }
}
