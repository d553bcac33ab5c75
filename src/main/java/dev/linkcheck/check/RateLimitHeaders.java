package dev.linkcheck.check;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads how long a server wants a host left alone: {@code Retry-After}, {@code
 * X-RateLimit-Remaining}/{@code -Reset}, the older IETF {@code RateLimit-Remaining}/{@code -Reset}
 * fields and the structured {@code RateLimit}/{@code RateLimit-Policy} fields of
 * draft-ietf-httpapi-ratelimit-headers (both its dictionary form, {@code remaining=0, reset=30},
 * and its list form, {@code "default";r=0;t=30}). A quota that is not used up asks for no pause
 * unless the answer is a 429. The longest pause asked for wins, bounded by the caller's cap.
 * Stateless.
 */
public final class RateLimitHeaders {

  // A reset this large is a point in time, not a number of seconds: epoch seconds from 2001 on
  // (GitHub's X-RateLimit-Reset), epoch milliseconds past 10^12.
  private static final double EPOCH_SECONDS = 1e9;
  private static final double EPOCH_MILLIS = 1e12;

  private RateLimitHeaders() {}

  /** The pause {@code headers} ask for, at most {@code cap}; empty when they ask for none. */
  public static Optional<HostPause> pause(
      int status, HttpHeaders headers, Instant now, Duration cap) {
    List<Asked> asked = new ArrayList<>();
    RetryAfter.parse(headers.firstValue("retry-after").orElse(null), now)
        .ifPresent(d -> asked.add(new Asked(d, "Retry-After")));
    quota(status, headers, "x-ratelimit-", now).ifPresent(asked::add);
    quota(status, headers, "ratelimit-", now).ifPresent(asked::add);
    structured(status, headers).ifPresent(asked::add);
    return asked.stream()
        .max((a, b) -> a.delay.compareTo(b.delay))
        .map(
            a -> {
              Duration wait = a.delay.compareTo(cap) > 0 ? cap : a.delay;
              return new HostPause(now.plus(wait), wait, a.delay, a.header);
            });
  }

  private record Asked(Duration delay, String header) {}

  /** {@code PREFIXremaining} and {@code PREFIXreset}: the reset once the quota is used up. */
  private static Optional<Asked> quota(
      int status, HttpHeaders headers, String prefix, Instant now) {
    Optional<String> reset = headers.firstValue(prefix + "reset");
    if (reset.isEmpty()
        || !(status == 429 || exhausted(headers.firstValue(prefix + "remaining")))) {
      return Optional.empty();
    }
    String name = prefix.startsWith("x-") ? "X-RateLimit-Reset" : "RateLimit-Reset";
    return untilReset(reset.get(), now).map(d -> new Asked(d, name));
  }

  private static boolean exhausted(Optional<String> remaining) {
    return remaining.map(r -> number(r.strip()).map(n -> n <= 0).orElse(false)).orElse(false);
  }

  /**
   * A reset as servers write it: delta seconds, epoch seconds or milliseconds (told apart by size)
   * or an HTTP date; never negative.
   */
  static Optional<Duration> untilReset(String value, Instant now) {
    String v = value.strip();
    Optional<Double> n = number(v);
    Instant at;
    if (n.isEmpty()) {
      Optional<Instant> date = RetryAfter.httpDate(v);
      if (date.isEmpty()) {
        return Optional.empty();
      }
      at = date.get();
    } else if (n.get() >= EPOCH_MILLIS) {
      at = Instant.ofEpochMilli(n.get().longValue());
    } else if (n.get() >= EPOCH_SECONDS) {
      at = Instant.ofEpochSecond(n.get().longValue());
    } else {
      return Optional.of(seconds(n.get()));
    }
    Duration d = Duration.between(now, at);
    return Optional.of(d.isNegative() ? Duration.ZERO : d);
  }

  /**
   * {@code RateLimit}: in the list form, for each policy with nothing {@code r}emaining (or every
   * policy, on a 429), its {@code t} or else its {@code RateLimit-Policy} window {@code w}; in the
   * dictionary form, {@code reset} once {@code remaining} is 0.
   */
  private static Optional<Asked> structured(int status, HttpHeaders headers) {
    List<Item> limits = items(String.join(",", headers.allValues("ratelimit")));
    if (limits.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Item> policies = new HashMap<>();
    for (Item p : items(String.join(",", headers.allValues("ratelimit-policy")))) {
      policies.put(p.name, p);
    }
    Map<String, Double> dictionary = new HashMap<>();
    Duration longest = null;
    for (Item item : limits) {
      if (item.bare != null) {
        dictionary.put(item.name, item.bare);
        continue;
      }
      Double remaining = item.params.get("r");
      if (status != 429 && (remaining == null || remaining > 0)) {
        continue;
      }
      Double reset = item.params.get("t");
      if (reset == null && policies.containsKey(item.name)) {
        reset = policies.get(item.name).params.get("w");
      }
      if (reset != null && (longest == null || seconds(reset).compareTo(longest) > 0)) {
        longest = seconds(reset);
      }
    }
    Double remaining = dictionary.get("remaining");
    Double reset = dictionary.get("reset");
    if (reset != null && (status == 429 || remaining != null && remaining <= 0)) {
      if (longest == null || seconds(reset).compareTo(longest) > 0) {
        longest = seconds(reset);
      }
    }
    return Optional.ofNullable(longest).map(d -> new Asked(d, "RateLimit"));
  }

  /**
   * One member of a structured-field list or dictionary: {@code "name";k=v;...} (params) or {@code
   * name=v} (bare); members that are not of these forms are skipped, not errors.
   */
  private record Item(String name, Double bare, Map<String, Double> params) {}

  private static List<Item> items(String field) {
    List<Item> items = new ArrayList<>();
    for (String member : splitOutsideQuotes(field, ',')) {
      List<String> parts = splitOutsideQuotes(member, ';');
      if (parts.isEmpty() || parts.getFirst().isBlank()) {
        continue;
      }
      String head = parts.getFirst().strip();
      Map<String, Double> params = new HashMap<>();
      for (String p : parts.subList(1, parts.size())) {
        int eq = p.indexOf('=');
        if (eq > 0) {
          number(p.substring(eq + 1).strip())
              .ifPresent(n -> params.put(p.substring(0, eq).strip().toLowerCase(Locale.ROOT), n));
        }
      }
      int eq = head.indexOf('=');
      if (head.startsWith("\"") && head.endsWith("\"") && head.length() >= 2) {
        items.add(new Item(head.substring(1, head.length() - 1), null, params));
      } else if (eq > 0) {
        String key = head.substring(0, eq).strip().toLowerCase(Locale.ROOT);
        Optional<Double> value = number(head.substring(eq + 1).strip());
        value.ifPresent(v -> items.add(new Item(key, v, params)));
      } else {
        items.add(new Item(head, null, params));
      }
    }
    return items;
  }

  private static List<String> splitOutsideQuotes(String s, char separator) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == separator && !quoted) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }

  private static Optional<Double> number(String s) {
    if (s.isEmpty() || s.length() > 20 || !s.matches("-?\\d+(\\.\\d+)?")) {
      return Optional.empty();
    }
    return Optional.of(Double.parseDouble(s));
  }

  private static Duration seconds(double s) {
    // Beyond a day the cap decides anyway; this keeps huge numbers from overflowing.
    return Duration.ofMillis(Math.round(Math.min(Math.max(s, 0), 86_400) * 1000));
  }
}
