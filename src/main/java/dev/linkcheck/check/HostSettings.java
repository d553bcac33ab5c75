package dev.linkcheck.check;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values one request gets from the {@link HostRule} of the host it goes to, each falling back
 * to the run's: looked up by each request's own host, so a redirect to another host gets that
 * host's rule or none. Thread-safe; the rule of each host is looked up once.
 */
final class HostSettings {

  private final CheckOptions options;
  private final Map<String, Optional<HostRule>> rules = new ConcurrentHashMap<>();

  HostSettings(CheckOptions options) {
    this.options = options;
  }

  /** The rule for {@code uri}'s host, if any. */
  Optional<HostRule> rule(URI uri) {
    String host = uri.getHost();
    if (host == null || options.hostRules().rules().isEmpty()) {
      return Optional.empty();
    }
    return rules.computeIfAbsent(host, this::lookup);
  }

  private Optional<HostRule> lookup(String host) {
    try {
      return options.hostRules().forHost(host);
    } catch (IllegalArgumentException e) {
      // Not a name any rule can match (HostRules.normalize refused it).
      return Optional.empty();
    }
  }

  Duration timeout(URI uri) {
    return rule(uri).map(r -> r.timeoutOr(options.timeout())).orElse(options.timeout());
  }

  int maxRetries(URI uri) {
    return rule(uri).map(r -> r.maxRetriesOr(options.maxRetries())).orElse(options.maxRetries());
  }

  int concurrency(URI uri) {
    return rule(uri)
        .map(r -> r.concurrencyOr(options.hostConcurrency()))
        .orElse(options.hostConcurrency());
  }

  /** The least time between the starts of two requests to the host; zero when not limited. */
  Duration requestInterval(URI uri) {
    return rule(uri).map(r -> r.requestIntervalOr(Duration.ZERO)).orElse(Duration.ZERO);
  }

  /** True when {@code code} from {@code uri} is accepted: by the run's codes or the host's. */
  boolean accepts(URI uri, int code) {
    return rule(uri)
        .map(r -> r.accepts(code, options.accept()))
        .orElseGet(() -> options.accept().accepts(code));
  }

  /** The method a link's check starts with: the host's, else {@code asked}. */
  Method firstMethod(URI uri, Method asked) {
    return rule(uri).map(r -> Method.valueOf(r.methodOr(asked.name()))).orElse(asked);
  }

  String userAgent(URI uri) {
    return rule(uri).map(r -> r.userAgentOr(options.userAgent())).orElse(options.userAgent());
  }

  /** The host's own headers (name to value), sent to it alone. */
  Map<String, String> headers(URI uri) {
    return rule(uri).map(HostRule::headers).orElse(Map.of());
  }

  /**
   * The longest timeout any request may get: the client's connect timeout, so that a host given
   * more time than the run is not cut short while connecting (each request bounds itself).
   */
  static Duration longestTimeout(CheckOptions options) {
    Duration longest = options.timeout();
    if (options.retryTimeout() != null && options.retryTimeout().compareTo(longest) > 0) {
      longest = options.retryTimeout();
    }
    for (HostRule rule : options.hostRules().rules()) {
      Duration t = rule.timeoutOr(longest);
      if (t.compareTo(longest) > 0) {
        longest = t;
      }
    }
    return longest;
  }
}
