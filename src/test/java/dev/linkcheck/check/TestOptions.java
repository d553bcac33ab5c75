package dev.linkcheck.check;

import java.time.Duration;

/**
 * Checker settings for tests: short timeouts, the defaults otherwise, one field changed at once.
 */
final class TestOptions {

  private TestOptions() {}

  static CheckOptions.Builder builder(Duration timeout, int retries, Duration backoff) {
    return CheckOptions.builder()
        .timeout(timeout)
        .maxRetries(retries)
        .retryWait(backoff)
        .maxConcurrency(64)
        .userAgent("linkcheck-test");
  }

  static CheckOptions of(Duration timeout, int retries, Duration backoff) {
    return builder(timeout, retries, backoff).build();
  }
}
