package dev.linkcheck.check;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The README's rules for what follows an answer that is not accepted, in one place:
 *
 * <ol>
 *   <li>A transient failure — a timeout, a broken connection, 408, 429, 5xx — is tried again, up to
 *       {@code --max-retries} times per URL, after a backoff that starts at {@code
 *       --retry-wait-time} and doubles with each retry. Of these, at most {@code
 *       --max-timeout-retries} (default 1) follow a timeout, and a timeout's retry queues behind
 *       the host's first tries of other URLs: a hang must not own the host's slots.
 *   <li>A {@code Retry-After} (seconds or an HTTP date) replaces the backoff, capped at a minute;
 *       it, or a 429, also pauses the whole host for that long.
 *   <li>A {@code HEAD} whose status is not accepted, 429 aside, is asked once more with {@code GET}
 *       (once its retries are spent, if it was transient): many servers answer {@code HEAD}
 *       wrongly.
 *   <li>Anything else stands: DNS failures, refused connections, TLS failures, a failing status
 *       after its retries.
 * </ol>
 *
 * Immutable and thread-safe; each URL counts its own retries in a {@link Budget}.
 */
final class RetryPolicy {

  /** The longest {@code Retry-After} honoured: a server cannot park a run for an hour. */
  static final Duration RETRY_AFTER_CAP = Duration.ofSeconds(60);

  /** What follows an answer that is not accepted. */
  sealed interface Next {}

  /**
   * The same request once more, after {@code delay}; while {@code pausesHost}, the host gets no new
   * request from any URL either. The delay is spent outside every concurrency slot. A {@code
   * followUp} retry is served before other URLs' first requests (every retry but a timeout's).
   */
  record Retry(Duration delay, boolean pausesHost, boolean followUp) implements Next {}

  /** A {@code GET} from where the {@code HEAD}'s redirects led. */
  record GetInstead() implements Next {}

  /** The answer is the verdict. */
  record Stop() implements Next {}

  private static final Next GET_INSTEAD = new GetInstead();
  private static final Next STOP = new Stop();

  private final int maxRetries;
  private final int maxTimeoutRetries;
  private final Duration firstWait;
  private final Duration retryAfterCap;

  /** The rules with {@code options}' retries, first backoff and {@code Retry-After} cap. */
  RetryPolicy(CheckOptions options) {
    this.maxRetries = options.maxRetries();
    this.maxTimeoutRetries = options.maxTimeoutRetries();
    this.firstWait = options.retryWait();
    this.retryAfterCap = options.retryAfterCap();
  }

  /** The retry budget of one URL, shared by its {@code HEAD} and its {@code GET}. */
  Budget budget() {
    return new Budget(maxRetries);
  }

  /** As {@link #budget()}, with {@code retries} in place of {@code --max-retries} (a host's). */
  Budget budget(int retries) {
    return new Budget(retries);
  }

  /** The pause a {@code Retry-After} value asks for, at most the cap; empty when absent or bad. */
  Optional<Duration> retryAfter(String value, Instant now) {
    return RetryAfter.parse(value, now)
        .map(d -> d.compareTo(retryAfterCap) > 0 ? retryAfterCap : d);
  }

  /**
   * Transient statuses: 408, 429 and 5xx. A {@code HEAD}'s 500 or 501 is more often a server that
   * mishandles {@code HEAD} than a passing fault, so it goes to {@code GET} without retries.
   */
  static boolean isTransient(Method method, int code) {
    return switch (method) {
      case HEAD -> code == 408 || code == 429 || code == 502 || code == 503 || code == 504;
      case GET -> code == 408 || code == 429 || code >= 500;
    };
  }

  /** Timeouts and broken connections may clear; the other failures will not. */
  static boolean isTransient(Failure.Kind kind) {
    return switch (kind) {
      case TIMEOUT, TRANSIENT -> true;
      case PERMANENT, EXCLUDED -> false;
    };
  }

  /**
   * The retries one URL has left and its next backoff. Not thread-safe: one URL's check owns it.
   */
  final class Budget {
    private int left;
    private int timeoutsLeft = maxTimeoutRetries;
    private Duration backoff = firstWait;

    private Budget(int retries) {
      left = retries;
    }

    /** After a status that is not accepted, to {@code method}; {@code now} reads HTTP dates. */
    Next afterStatus(Method method, int code, String retryAfter, Instant now) {
      if (isTransient(method, code) && left > 0) {
        Duration wait = retryAfter(retryAfter, now).orElse(backoff);
        return spend(wait, retryAfter != null || code == 429, true);
      }
      return method == Method.HEAD && code != 429 ? GET_INSTEAD : STOP;
    }

    /** After a request that got no usable answer; never {@link GetInstead}. */
    Next afterFailure(Failure.Kind kind) {
      if (!isTransient(kind) || left <= 0) {
        return STOP;
      }
      if (kind != Failure.Kind.TIMEOUT) {
        return spend(backoff, false, true);
      }
      if (timeoutsLeft <= 0) {
        return STOP;
      }
      timeoutsLeft--;
      // A hang is likely to hang again: its retry must not stand ahead of other URLs' first tries.
      return spend(backoff, false, false);
    }

    private Retry spend(Duration wait, boolean pausesHost, boolean followUp) {
      left--;
      backoff = backoff.multipliedBy(2);
      return new Retry(wait, pausesHost, followUp);
    }
  }
}
