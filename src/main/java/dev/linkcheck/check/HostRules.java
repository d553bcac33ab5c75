package dev.linkcheck.check;

import java.net.IDN;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The per-host rules of a run and which one a host gets: a rule naming the host exactly beats any
 * pattern; among patterns ({@code *.example.org}: any subdomain of example.org, not example.org
 * itself) the most specific, the one with the longest suffix, wins. Rules do not merge: the host
 * gets one rule's settings. Immutable and thread-safe.
 */
public record HostRules(List<HostRule> rules) {

  public HostRules {
    rules = List.copyOf(rules);
  }

  public static HostRules none() {
    return new HostRules(List.of());
  }

  /** The rule for {@code host}, if any. */
  public Optional<HostRule> forHost(String host) {
    if (host == null || rules.isEmpty()) {
      return Optional.empty();
    }
    String h = normalize(host);
    HostRule best = null;
    int bestLength = -1;
    for (HostRule rule : rules) {
      String p = normalize(rule.pattern());
      if (p.equals(h)) {
        return Optional.of(rule);
      }
      if (p.startsWith("*.") && h.endsWith(p.substring(1)) && p.length() > bestLength) {
        best = rule;
        bestLength = p.length();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The form hosts are compared in: lower case, ASCII (punycode) labels, no trailing dot.
   *
   * @throws IllegalArgumentException when {@code host} cannot be a host name
   */
  public static String normalize(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    if (h.startsWith("[") || h.chars().allMatch(c -> c < 128)) {
      return h;
    }
    return IDN.toASCII(h, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
  }
}
