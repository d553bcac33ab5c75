package dev.linkcheck.check;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How long each host that keeps answering 429 is left alone before its next request: {@code first}
 * after one 429, doubled on each further one up to {@code max}, forgotten on the host's next
 * success, so a throttled host slows down instead of burning retries. Thread-safe.
 */
public final class AdaptiveBackoff {

  private final Duration first;
  private final Duration max;
  private final Map<String, Duration> delays = new ConcurrentHashMap<>();

  public AdaptiveBackoff(Duration first, Duration max) {
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("need 0 < first <= max, got " + first + ", " + max);
    }
    this.first = first;
    this.max = max;
  }

  /** Records a 429 from {@code host}; returns the host's delay from now on. */
  public Duration tooManyRequests(String host) {
    return delays.merge(
        key(host),
        first,
        (old, unused) -> old.compareTo(max.dividedBy(2)) > 0 ? max : old.multipliedBy(2));
  }

  /** Records a success from {@code host}: its back-off starts over. */
  public void success(String host) {
    delays.remove(key(host));
  }

  /** The host's current delay; zero when it has not been throttled since its last success. */
  public Duration delay(String host) {
    return delays.getOrDefault(key(host), Duration.ZERO);
  }

  private static String key(String host) {
    return host.toLowerCase(Locale.ROOT);
  }
}
