package dev.linkcheck.check;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The timeout of a timed-out request's retry. Given {@code --retry-timeout}, that; otherwise
 * {@value #FACTOR} × the slowest answer the host has given so far, at least {@link #FLOOR}, at most
 * the host's own timeout, and the host's own timeout until it has given {@value #MIN_ANSWERS}
 * answers. The retry is there for a stall that clears, whose answer comes as fast as the host's
 * others do; a hang that comes back costs that much more instead of a whole timeout. Thread-safe.
 */
public final class RetryTimeouts {

  /** The shortest timeout a retry gets from the rule: a fast host's stall may be a slow page. */
  static final Duration FLOOR = Duration.ofSeconds(2);

  /** How many times its host's slowest answer a retry waits. */
  static final int FACTOR = 4;

  /** Answers a host must have given before the rule trusts its slowest one. */
  static final int MIN_ANSWERS = 3;

  /** A host's answers so far and the slowest of them. */
  private record Pace(int answers, long slowestNanos) {
    Pace with(long nanos) {
      return new Pace(answers + 1, Math.max(slowestNanos, nanos));
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
    hosts.merge(HostGates.key(uri), new Pace(1, nanos), (a, b) -> a.with(b.slowestNanos));
  }

  /** The timeout of the retry of a request to {@code uri} that ran into {@code hostTimeout}. */
  Duration forRetry(URI uri, Duration hostTimeout) {
    if (fixed != null) {
      return fixed;
    }
    Pace pace = hosts.get(HostGates.key(uri));
    if (pace == null || pace.answers < MIN_ANSWERS) {
      return hostTimeout;
    }
    return rule(Duration.ofNanos(pace.slowestNanos), hostTimeout);
  }

  /**
   * The rule on its own, for a host whose slowest answer took {@code slowest}: also what the
   * benchmark's ideal time assumes.
   */
  public static Duration rule(Duration slowest, Duration hostTimeout) {
    Duration rule = slowest.multipliedBy(FACTOR);
    if (rule.compareTo(FLOOR) < 0) {
      rule = FLOOR;
    }
    return rule.compareTo(hostTimeout) < 0 ? rule : hostTimeout;
  }
}
