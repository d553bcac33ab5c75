package dev.linkcheck.check;

import java.time.Duration;

/**
 * A host's {@code request-interval}: the starts of two requests to it at least {@code interval}
 * apart. A request claims its start only once it may go, so a waiting request reserves nothing and
 * holds no slot. Thread-safe.
 */
final class RequestSpacing {

  private final long intervalNanos;
  // nanoTime values are compared by difference only: they may be negative or wrap.
  private long nextNanos = System.nanoTime();

  RequestSpacing(Duration interval) {
    this.intervalNanos = interval.toNanos();
  }

  /**
   * Zero when a request may start now, which counts as its start; otherwise how long it must wait
   * before asking again.
   */
  long claim() {
    if (intervalNanos <= 0) {
      return 0;
    }
    synchronized (this) {
      long now = System.nanoTime();
      long early = nextNanos - now;
      if (early > 0) {
        return early;
      }
      nextNanos = now + intervalNanos;
      return 0;
    }
  }
}
