package dev.linkcheck.bench;

import java.time.Duration;

/**
 * What the loopback server does for a URL, chosen by the first path segment, with the verdict a
 * correct checker must reach and the work linkcheck's documented policy demands for it (requests,
 * time holding a host slot, and the URL's own critical path including backoff). Immutable.
 */
enum Behaviour {
  /** 200 to HEAD and GET. */
  OK("ok", false),
  /** 404 to HEAD and GET: a non-accepted HEAD is asked again with GET. */
  NOT_FOUND("404", true),
  /** Reads the request and never answers: every attempt runs into the timeout. */
  HANG("hang", true),
  /** On a host address with no listener: the connection is refused, never retried. */
  REFUSED("refused", true),
  /** Resets the connection (RST) after the host's latency: retried, then an error. */
  RESET("reset", true),
  /** 405 to HEAD, 200 to GET. */
  HEAD_405("head405", false),
  /** 429 with {@code Retry-After: 1} to the first request, then 200; pauses the host. */
  TOO_MANY("429", false),
  /** 503 to the first request, then 200: one retry after the first backoff. */
  FLAKY_503("503", false),
  /** 301 to a page on the same host that answers 200. */
  REDIRECT("redirect", false);

  /** Retry-After the server sends with a 429, in seconds. */
  static final int RETRY_AFTER_SECONDS = 1;

  final String segment;
  final boolean broken;

  Behaviour(String segment, boolean broken) {
    this.segment = segment;
    this.broken = broken;
  }

  static Behaviour ofSegment(String segment) {
    for (Behaviour b : values()) {
      if (b.segment.equals(segment)) {
        return b;
      }
    }
    return null;
  }

  /** Requests the server must see for one URL of this behaviour. */
  int demandedRequests(Settings s) {
    return switch (this) {
      case OK -> 1;
      case REFUSED -> 0;
      case HANG -> 1 + hangRetries(s);
      case RESET -> 1 + s.maxRetries();
      case NOT_FOUND, HEAD_405, TOO_MANY, FLAKY_503, REDIRECT -> 2;
    };
  }

  /**
   * Attempts the URL needs: a reset 1 + {@code --max-retries}, a hang 1 + {@code
   * --max-timeout-retries} (only one when {@code hangOnce}, the issue-12 ideal of spending one
   * timeout on each), anything else 1.
   */
  int attempts(Settings s, boolean hangOnce) {
    return switch (this) {
      case HANG -> hangOnce ? 1 : 1 + hangRetries(s);
      case RESET -> 1 + s.maxRetries();
      default -> 1;
    };
  }

  /** A timeout's retries: {@code --max-timeout-retries}, within {@code --max-retries}. */
  private static int hangRetries(Settings s) {
    return Math.min(s.maxRetries(), s.maxTimeoutRetries());
  }

  /** Whether each attempt ends the connection it was sent on (HTTP/1.1). */
  boolean breaksConnection() {
    return this == HANG || this == RESET;
  }

  /**
   * Time the URL holds one of its host's slots (requests in flight), in nanoseconds, on a host
   * whose 95th-percentile answer takes {@code pace} (which bounds a timeout's retry).
   */
  long slotNanos(Settings s, Duration latency, Duration pace, boolean hangOnce) {
    long l = latency.toNanos();
    return switch (this) {
      case REFUSED -> 0;
      case HANG ->
          s.timeout().toNanos() + (attempts(s, hangOnce) - 1L) * s.hangRetry(pace).toNanos();
      default -> demandedRequests(s) * l;
    };
  }

  /**
   * The URL's own critical path: its slot time plus the waits between its attempts (a timeout's
   * retry waits none).
   */
  long chainNanos(Settings s, Duration latency, Duration pace, boolean hangOnce) {
    long slot = slotNanos(s, latency, pace, hangOnce);
    return switch (this) {
      case RESET -> slot + s.retryWait().toNanos() * ((1L << (attempts(s, hangOnce) - 1)) - 1);
      case FLAKY_503 -> slot + s.retryWait().toNanos();
      case TOO_MANY -> slot + Duration.ofSeconds(RETRY_AFTER_SECONDS).toNanos();
      default -> slot;
    };
  }
}
