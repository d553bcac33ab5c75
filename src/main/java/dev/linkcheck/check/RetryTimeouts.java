package dev.linkcheck.check;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The timeout of a timed-out request's retry. Given {@code --retry-timeout}, that; otherwise
 * {@value #FACTOR} × the time within which the host has given {@value #PERCENTILE}% of its answers
 * so far, at least {@link #FLOOR}, at most the host's own timeout, and the host's own timeout until
 * it has given {@value #MIN_ANSWERS} answers. The retry is there for a stall that clears, whose
 * answer comes as fast as the host's others do; a hang that comes back costs that much more instead
 * of a whole timeout. A percentile, not the slowest answer: a run's first answers wait for the
 * client's own warm-up (TLS on a busy machine: seconds). Thread-safe.
 */
public final class RetryTimeouts {

  /** The shortest timeout a retry gets from the rule: a fast host's stall may be a slow page. */
  static final Duration FLOOR = Duration.ofSeconds(2);

  /** How many times its host's usual slowest answer a retry waits. */
  static final int FACTOR = 4;

  /** The share of a host's answers that counts as its usual pace. */
  static final int PERCENTILE = 95;

  /** Answers a host must have given before the rule trusts its pace. */
  static final int MIN_ANSWERS = 3;

  // Answer times in buckets a quarter of a power of two wide, from 1 ms up to 2^17 ms: a host's
  // pace in constant memory, read rounded up (never shorter than measured).
  private static final int STEPS_PER_DOUBLING = 4;
  private static final int BUCKETS = 17 * STEPS_PER_DOUBLING + 1;

  /** One host's answer times. */
  private static final class Pace {
    final AtomicLongArray buckets = new AtomicLongArray(BUCKETS);

    void add(long nanos) {
      buckets.incrementAndGet(bucket(nanos));
    }

    /**
     * The upper edge of the bucket that holds the nearest-rank {@code percent} percentile; null
     * until the host has given {@value #MIN_ANSWERS} answers.
     */
    Duration percentile(int percent) {
      // One snapshot of the buckets, so answers counted meanwhile cannot push the rank past them.
      long[] counts = new long[BUCKETS];
      long total = 0;
      for (int b = 0; b < BUCKETS; b++) {
        counts[b] = buckets.get(b);
        total += counts[b];
      }
      if (total < MIN_ANSWERS) {
        return null;
      }
      long rank = (long) Math.ceil(percent / 100.0 * total);
      long seen = 0;
      for (int b = 0; b < BUCKETS; b++) {
        seen += counts[b];
        if (seen >= rank) {
          return upperEdge(b);
        }
      }
      return upperEdge(BUCKETS - 1);
    }
  }

  private final Duration fixed;
  private final Map<String, Pace> hosts = new ConcurrentHashMap<>();

  /** {@code fixed} is {@code --retry-timeout}; null for the rule. */
  RetryTimeouts(Duration fixed) {
    this.fixed = fixed;
  }

  /** Counts an answer (any status) from {@code uri}'s host that took {@code nanos}. */
  void answered(URI uri, long nanos) {
    hosts.computeIfAbsent(HostGates.key(uri), k -> new Pace()).add(nanos);
  }

  /** The timeout of the retry of a request to {@code uri} that ran into {@code hostTimeout}. */
  Duration forRetry(URI uri, Duration hostTimeout) {
    if (fixed != null) {
      return fixed;
    }
    Pace pace = hosts.get(HostGates.key(uri));
    Duration usual = pace == null ? null : pace.percentile(PERCENTILE);
    return usual == null ? hostTimeout : rule(usual, hostTimeout);
  }

  /**
   * The bucket of an answer that took {@code nanos}: 0 up to 1 ms, then a quarter doubling each.
   */
  static int bucket(long nanos) {
    double ms = nanos / 1e6;
    if (ms <= 1) {
      return 0;
    }
    int b = (int) Math.ceil(STEPS_PER_DOUBLING * Math.log(ms) / Math.log(2));
    return Math.min(BUCKETS - 1, b);
  }

  /** The longest answer time bucket {@code b} holds. */
  static Duration upperEdge(int b) {
    return Duration.ofNanos(Math.round(Math.pow(2, (double) b / STEPS_PER_DOUBLING) * 1e6));
  }

  /**
   * The rule on its own, for a host whose usual slowest answer ({@value #PERCENTILE}th percentile)
   * takes {@code pace}: also what the benchmark's ideal time assumes.
   */
  public static Duration rule(Duration pace, Duration hostTimeout) {
    Duration rule = pace.multipliedBy(FACTOR);
    if (rule.compareTo(FLOOR) < 0) {
      rule = FLOOR;
    }
    return rule.compareTo(hostTimeout) < 0 ? rule : hostTimeout;
  }
}
