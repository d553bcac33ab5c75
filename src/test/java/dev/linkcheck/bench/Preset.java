package dev.linkcheck.bench;

import java.util.List;

/**
 * A benchmark workload: link occurrences, unique URLs, hosts (a fiftieth of them with no listener),
 * Markdown files, the share of unique URLs on the biggest host, the behaviour mix and the network
 * it is served over. Immutable.
 */
record Preset(
    String name,
    int occurrences,
    int unique,
    int hosts,
    int files,
    double biggestShare,
    long seed,
    Mix mix,
    Network network) {

  static final List<Preset> ALL =
      List.of(
          classic("200", 200, 80, 10, 4, 200),
          classic("2k", 2_000, 800, 50, 40, 2_000),
          classic("20k", 20_000, 8_000, 500, 400, 20_000),
          // The same 500 hosts as 20k with five times the links: cost must grow linearly.
          classic("100k-500", 100_000, 40_000, 500, 2_000, 100_500),
          classic("100k", 100_000, 40_000, 2_000, 2_000, 100_000),
          // Issue 12: the real network's connection set-up cost, TLS and HTTP/2, more hangs.
          real("net-200", 200, 80, 10, 4, 0.18, Network.HTTP),
          real("net-200-tls", 200, 80, 10, 4, 0.18, Network.HTTPS),
          real("net-200-h2", 200, 80, 10, 4, 0.18, Network.HTTPS_H2),
          real("net-2k", 2_000, 800, 50, 40, 0.18, Network.HTTP),
          real("net-20k", 20_000, 8_000, 500, 400, 0.18, Network.HTTP),
          real("net-20k-tls", 20_000, 8_000, 500, 400, 0.18, Network.HTTPS),
          real("net-20k-h2", 20_000, 8_000, 500, 400, 0.18, Network.HTTPS_H2),
          // Issue 12's 100k (ideal ~72 s): the biggest host holds 10% (4,000 URLs, 33 hangs).
          real("net-100k", 100_000, 40_000, 2_000, 2_000, 0.10, Network.HTTP),
          real("net-100k-tls", 100_000, 40_000, 2_000, 2_000, 0.10, Network.HTTPS));

  private static Preset classic(
      String name, int occurrences, int unique, int hosts, int files, long seed) {
    return new Preset(
        name, occurrences, unique, hosts, files, 0.18, seed, Mix.CLASSIC, Network.LOOPBACK);
  }

  /** Issue 12's workload; the same size gives the same corpus whatever the network. */
  private static Preset real(
      String name,
      int occurrences,
      int unique,
      int hosts,
      int files,
      double biggestShare,
      Network network) {
    return new Preset(
        name,
        occurrences,
        unique,
        hosts,
        files,
        biggestShare,
        12_000L + occurrences,
        Mix.ISSUE_12,
        network);
  }

  static Preset named(String name) {
    return ALL.stream()
        .filter(p -> p.name.equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown preset "
                        + name
                        + "; one of "
                        + ALL.stream().map(Preset::name).toList()));
  }

  /** Hosts without a listener: every URL on them is refused. */
  int deadHosts() {
    return Math.max(1, hosts / 50);
  }
}
