package dev.linkcheck.bench;

import dev.linkcheck.check.RetryTimeouts;
import java.time.Duration;
import java.util.List;

/**
 * The linkcheck settings the ideal time depends on, read from the command line given to the
 * benchmark (linkcheck's defaults otherwise); a null {@code retryTimeout} is {@code auto}.
 * Immutable.
 */
record Settings(
    int hostConcurrency,
    int maxConcurrency,
    Duration timeout,
    int maxRetries,
    int maxTimeoutRetries,
    Duration retryWait,
    Duration retryTimeout) {

  /** Reads the options of {@code args} that matter; others are passed through untouched. */
  static Settings of(List<String> args) {
    int host = 8;
    int total = 128;
    Duration timeout = Duration.ofSeconds(10);
    int retries = 2;
    int timeoutRetries =
        Integer.parseInt(dev.linkcheck.check.CheckOptions.Defaults.MAX_TIMEOUT_RETRIES);
    Duration wait = Duration.ofSeconds(1);
    Duration retryTimeout = null;
    for (int i = 0; i + 1 < args.size(); i++) {
      String v = args.get(i + 1);
      switch (args.get(i)) {
        case "--host-concurrency" -> host = Integer.parseInt(v);
        case "--max-concurrency" -> total = Integer.parseInt(v);
        case "-t", "--timeout" -> timeout = seconds(v);
        case "--max-retries" -> retries = Integer.parseInt(v);
        case "--max-timeout-retries" -> timeoutRetries = Integer.parseInt(v);
        case "-r", "--retry-wait-time" -> wait = seconds(v);
        case "--retry-timeout" -> retryTimeout = v.equals("auto") ? null : seconds(v);
        default -> {}
      }
    }
    return new Settings(host, total, timeout, retries, timeoutRetries, wait, retryTimeout);
  }

  /** The timeout of a timeout's retry on a host whose 95th-percentile answer takes {@code pace}. */
  Duration hangRetry(Duration pace) {
    return retryTimeout != null ? retryTimeout : RetryTimeouts.rule(pace, timeout);
  }

  private static Duration seconds(String v) {
    return Duration.ofNanos(Math.round(Double.parseDouble(v) * 1e9));
  }
}
