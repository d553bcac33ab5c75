package dev.linkcheck.check;

import dev.linkcheck.model.StatusRanges;
import java.time.Duration;
import java.util.List;

/**
 * Settings of the HTTP checker. {@code timeout} bounds one attempt; {@code maxRetries} counts
 * retries after the first try; {@code retryWait} is the first backoff, doubling. Immutable.
 */
public record CheckOptions(
    Duration timeout,
    int maxRetries,
    Duration retryWait,
    int maxRedirects,
    int maxConcurrency,
    int hostConcurrency,
    StatusRanges accept,
    List<Header> headers,
    String userAgent,
    boolean insecure) {

  public CheckOptions {
    headers = List.copyOf(headers);
  }

  /** The documented defaults. */
  public static CheckOptions defaults(String userAgent) {
    return new CheckOptions(
        Duration.ofSeconds(10),
        2,
        Duration.ofSeconds(1),
        10,
        128,
        8,
        StatusRanges.defaults(),
        List.of(),
        userAgent,
        false);
  }
}
