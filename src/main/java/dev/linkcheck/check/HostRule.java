package dev.linkcheck.check;

import dev.linkcheck.model.StatusRanges;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings a config file gives one host or host pattern ({@code [hosts."github.com"]}, {@code
 * [hosts."*.example.org"]}); a null field is not set and leaves the run-wide value alone. {@code
 * accept} adds to the run's accepted codes, {@code headers} go only to hosts the rule matches,
 * {@code method} is {@code HEAD} or {@code GET}. Immutable; never prints header values.
 */
public record HostRule(
    String pattern,
    int line,
    Integer concurrency,
    Duration requestInterval,
    Duration timeout,
    Integer maxRetries,
    StatusRanges accept,
    Map<String, String> headers,
    String method,
    String userAgent) {

  public HostRule {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** True when {@code code} is accepted: by the run's ranges or this rule's additions. */
  public boolean accepts(int code, StatusRanges runWide) {
    return runWide.accepts(code) || accept != null && accept.accepts(code);
  }

  /** This rule's timeout, else the run's. */
  public Duration timeoutOr(Duration runWide) {
    return timeout != null ? timeout : runWide;
  }

  /** This rule's retries, else the run's. */
  public int maxRetriesOr(int runWide) {
    return maxRetries != null ? maxRetries : runWide;
  }

  /** This rule's concurrency, else the run's. */
  public int concurrencyOr(int runWide) {
    return concurrency != null ? concurrency : runWide;
  }

  /** This rule's pause between two requests, else none. */
  public Duration requestIntervalOr(Duration runWide) {
    return requestInterval != null ? requestInterval : runWide;
  }

  /** This rule's first method, else the run's. */
  public String methodOr(String runWide) {
    return method != null ? method : runWide;
  }

  /** This rule's User-Agent, else the run's. */
  public String userAgentOr(String runWide) {
    return userAgent != null ? userAgent : runWide;
  }

  @Override
  public String toString() {
    return "HostRule[" + pattern + " (line " + line + "), headers=" + headers.keySet() + "]";
  }
}
