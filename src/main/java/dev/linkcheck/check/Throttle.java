package dev.linkcheck.check;

import dev.linkcheck.model.HostStat;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;

/**
 * What each answer says about its host's pace, as {@link RetryPolicy} describes: rate-limit headers
 * (read after every answer, not only a 429) and repeated 429s ({@link AdaptiveBackoff}) pause the
 * host at its {@link HostGates gate}; every request and every wait is counted in {@link HostStats}.
 * Thread-safe.
 */
final class Throttle {

  /** The reason a pause gives when no header asked for it. */
  static final String BACKOFF = "429 back-off";

  /**
   * The pauses one host may be given in all, in caps ({@code Retry-After} cap, a minute): past them
   * the host gets no more pauses and its 429s stand. Without this bound a host that answers 429 to
   * everything would hold a long run for as many rounds as it has URLs, each a minute.
   */
  static final int PAUSE_BUDGET_IN_CAPS = 2;

  private final HostGates gates;
  private final Duration cap;
  private final AdaptiveBackoff backoff; // null when --retry-wait-time is 0: no adaptive delay
  private final Logger log;
  private final HostStats stats = new HostStats();
  private final long pauseBudgetNanos;
  // Per gate key: the pauses the host has been given so far, and the latest of them.
  private final Map<String, Paused> paused = new ConcurrentHashMap<>();

  /** Nanoseconds of pause in all, and of the latest pause. */
  private record Paused(long total, long latest) {
    Paused plus(Paused more) {
      return new Paused(total + more.total, more.latest);
    }
  }

  // Per gate key: when the pause of the host's last back-off raise ends (nanoTime, compared by
  // difference).
  private final Map<String, Long> raisedAt = new ConcurrentHashMap<>();

  Throttle(CheckOptions options, HostGates gates, Logger log) {
    this.gates = gates;
    this.cap = options.retryAfterCap();
    this.pauseBudgetNanos = cap.toNanos() * PAUSE_BUDGET_IN_CAPS;
    Duration first = options.retryWait();
    this.backoff =
        first.isPositive()
            ? new AdaptiveBackoff(first, first.compareTo(cap) > 0 ? first : cap)
            : null;
    this.log = log;
  }

  /**
   * After one request to {@code uri} sent at {@code sentNanos} ({@link System#nanoTime}): counts
   * it, and pauses the host for as long as the answer's headers and, on a 429, its back-off ask.
   */
  void answered(URI uri, Answer answer, long sentNanos) {
    long now = System.nanoTime();
    // A bot wall's answer counts, and its rate-limit headers pause, as any status does.
    HttpHeaders headers =
        switch (answer) {
          case Answer.Status s -> s.headers();
          case Answer.Walled w -> w.headers();
          case Answer.Failed f -> null;
        };
    Integer code =
        switch (answer) {
          case Answer.Status s -> s.code();
          case Answer.Walled w -> w.wall().status();
          case Answer.Failed f -> null;
        };
    stats.request(name(uri), code, Duration.ofNanos(now - sentNanos));
    if (headers == null) {
      return;
    }
    String key = HostGates.key(uri);
    if (exhausted(key)) {
      return;
    }
    Optional<HostPause> asked = RateLimitHeaders.pause(code, headers, Instant.now(), cap);
    Duration askedDelay = asked.map(HostPause::delay).orElse(Duration.ZERO);
    Duration adaptive = Duration.ZERO;
    if (code == 429) {
      adaptive = slowDown(key, sentNanos, now, askedDelay);
    } else if (code < 500 && backoff != null) {
      backoff.success(key);
      raisedAt.remove(key);
    }
    Duration wait = askedDelay.compareTo(adaptive) >= 0 ? askedDelay : adaptive;
    if (!wait.isPositive()) {
      return;
    }
    String reason = askedDelay.compareTo(adaptive) >= 0 ? asked.get().header() : BACKOFF;
    gates.of(uri).pause(wait, reason);
    paused.merge(key, new Paused(wait.toNanos(), wait.toNanos()), Paused::plus);
    if (log.isDebugEnabled()) {
      String capped =
          asked
              .filter(HostPause::capped)
              .map(p -> ", asked " + HttpProbe.seconds(p.asked()) + ", capped")
              .orElse("");
      log.debug("{} paused for {} ({}{})", key, HttpProbe.seconds(wait), reason, capped);
    }
  }

  /**
   * True once {@code uri}'s host has been given all the pauses it may have: its 429s stand from
   * then on, without a retry.
   */
  boolean exhausted(URI uri) {
    return exhausted(HostGates.key(uri));
  }

  /**
   * The latest pause does not count yet: the 429 that set it still gets the retry it waits for, and
   * the answer to that retry finds the budget spent.
   */
  private boolean exhausted(String key) {
    Paused p = paused.get(key);
    return p != null && p.total - p.latest >= pauseBudgetNanos;
  }

  /** Counts a request to {@code uri} held {@code paused} by its host's pause. */
  void waited(URI uri, Duration paused) {
    stats.waited(name(uri), paused);
  }

  /** Every host's figures so far, sorted by host. */
  List<HostStat> snapshot() {
    return stats.snapshot();
  }

  /**
   * A 429: the host's back-off doubles, unless the request went out before the pause of the host's
   * last slow-down had ended. Then it was one of a burst already answered for — sent beside the
   * request that raised it, or let through with it when the previous pause ended: concurrent
   * requests must not double the delay once each, however late a loaded machine sends them.
   */
  private Duration slowDown(String key, long sentNanos, long now, Duration asked) {
    if (backoff == null) {
      return Duration.ZERO;
    }
    Duration[] delay = new Duration[1];
    raisedAt.compute(
        key,
        (k, last) -> {
          if (last != null && sentNanos - last < 0) {
            delay[0] = backoff.delay(k);
            return last;
          }
          delay[0] = backoff.tooManyRequests(k);
          // When the pause this 429 sets ends: only a request sent after it is a new 429.
          return now + Math.max(delay[0].toNanos(), asked.toNanos());
        });
    return delay[0];
  }

  /** The host as {@code --host-stats} names it: with its port when the URL gives one. */
  static String name(URI uri) {
    return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
  }
}
