package dev.linkcheck.check;

import java.time.Duration;

/**
 * The README's rules for what follows an answer that is not accepted, in one place:
 *
 * <ol>
 *   <li>A transient failure — a timeout, a broken connection, 408, 5xx — is tried again, up to
 *       {@code --max-retries} times per URL, after a backoff that starts at {@code
 *       --retry-wait-time} and doubles with each retry. Of these, at most {@code
 *       --max-timeout-retries} (default 1) follow a timeout. A timeout's retry waits no backoff but
 *       queues behind the host's first tries of other URLs, and it is bounded by {@link
 *       RetryTimeouts} ({@code --retry-timeout}): a hang must not own the host's slots.
 *   <li>Rate limits pause a host, not a URL ({@link Throttle}): after every answer, {@code
 *       Retry-After}, an exhausted {@code X-RateLimit-*}/{@code RateLimit-*} quota or the
 *       structured {@code RateLimit} field close the host to every URL until the reset, at most
 *       {@code retryAfterCap} (a minute); a 429 also slows its host adaptively, by a delay that
 *       starts at {@code --retry-wait-time}, doubles with each further 429 (a 429 to a request sent
 *       before the host last slowed down does not double it again) and starts over on the host's
 *       next answer that is neither 429 nor 5xx. A retry on a paused host waits for the pause at
 *       the host's gate, holding no slot; it waits for the longer of what the server asked and the
 *       adaptive delay.
 *   <li>A 429 is the server pacing the run, not a fault of the link: a URL's first {@value
 *       #FREE_TOO_MANY} 429s are retried without spending {@code --max-retries}; further ones spend
 *       them like any transient status, so a host that never stops answering 429 still ends in a
 *       verdict (at most {@value #FREE_TOO_MANY} + {@code --max-retries} retries). A host that has
 *       been paused for {@value Throttle#PAUSE_BUDGET_IN_CAPS} caps in all gets no more pauses, and
 *       its further 429s stand without a retry (see {@link Throttle}).
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

  /**
   * The longest pause a server's rate-limit headers get: a server cannot park a run for an hour.
   */
  static final Duration RETRY_AFTER_CAP = Duration.ofSeconds(60);

  /** The 429s of one URL retried without spending {@code --max-retries}. */
  static final int FREE_TOO_MANY = 3;

  /** What follows an answer that is not accepted. */
  sealed interface Next {}

  /**
   * The same request once more, after {@code delay}: when {@code hostPaused}, the delay is the
   * host's pause, waited at the host's gate (where every URL of the host waits too), else it is
   * slept. Either way no concurrency slot is held. A {@code followUp} retry is served before other
   * URLs' first requests (every retry but a timeout's); {@code spent} says whether it counts
   * against {@code --max-retries} (a free 429 retry does not).
   */
  record Retry(Duration delay, boolean hostPaused, boolean followUp, boolean spent)
      implements Next {}

  /** A {@code GET} from where the {@code HEAD}'s redirects led. */
  record GetInstead() implements Next {}

  /** The answer is the verdict. */
  record Stop() implements Next {}

  private static final Next GET_INSTEAD = new GetInstead();
  private static final Next STOP = new Stop();

  private final int maxRetries;
  private final int maxTimeoutRetries;
  private final Duration firstWait;

  /** The rules with {@code options}' retries and first backoff. */
  RetryPolicy(CheckOptions options) {
    this.maxRetries = options.maxRetries();
    this.maxTimeoutRetries = options.maxTimeoutRetries();
    this.firstWait = options.retryWait();
  }

  /** The retry budget of one URL, shared by its {@code HEAD} and its {@code GET}. */
  Budget budget() {
    return new Budget(maxRetries);
  }

  /** As {@link #budget()}, with {@code retries} in place of {@code --max-retries} (a host's). */
  Budget budget(int retries) {
    return new Budget(retries);
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
    private int freeTooMany = FREE_TOO_MANY;
    private Duration backoff = firstWait;

    private Budget(int retries) {
      left = retries;
    }

    /**
     * After a status that is not accepted, to {@code method}, from a host paused for {@code
     * hostPause} from now (zero when it is not).
     */
    Next afterStatus(Method method, int code, Duration hostPause) {
      boolean paused = hostPause.isPositive();
      if (code == 429 && freeTooMany > 0) {
        freeTooMany--;
        return new Retry(paused ? hostPause : Duration.ZERO, paused, true, false);
      }
      if (isTransient(method, code) && left > 0) {
        return spend(paused ? hostPause : backoff, paused, true);
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
      left--;
      // A hang is likely to hang again: its retry must not stand ahead of other URLs' first tries.
      // It waits no backoff (and doubles none): the host has just had a whole timeout to answer.
      return new Retry(Duration.ZERO, false, false, true);
    }

    private Retry spend(Duration wait, boolean hostPaused, boolean followUp) {
      left--;
      backoff = backoff.multipliedBy(2);
      return new Retry(wait, hostPaused, followUp, true);
    }
  }
}
