package dev.linkcheck.check;

import dev.linkcheck.model.StatusRanges;
import java.time.Duration;
import java.util.List;

/**
 * Checker settings for tests: short timeouts, the defaults otherwise, one field changed at once.
 */
final class TestOptions {

  private TestOptions() {}

  static CheckOptions of(Duration timeout, int retries, Duration backoff) {
    return new CheckOptions(
        timeout,
        retries,
        backoff,
        10,
        64,
        8,
        StatusRanges.defaults(),
        List.of(),
        "linkcheck-test",
        false);
  }

  static CheckOptions withHeaders(CheckOptions o, List<Header> headers) {
    return new CheckOptions(
        o.timeout(),
        o.maxRetries(),
        o.retryWait(),
        o.maxRedirects(),
        o.maxConcurrency(),
        o.hostConcurrency(),
        o.accept(),
        headers,
        o.userAgent(),
        o.insecure());
  }

  static CheckOptions withRedirects(CheckOptions o, int maxRedirects, boolean insecure) {
    return new CheckOptions(
        o.timeout(),
        o.maxRetries(),
        o.retryWait(),
        maxRedirects,
        o.maxConcurrency(),
        o.hostConcurrency(),
        o.accept(),
        o.headers(),
        o.userAgent(),
        insecure);
  }
}
