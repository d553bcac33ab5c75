package dev.linkcheck.bench;

import java.util.List;

/**
 * A benchmark workload's size: link occurrences, unique URLs, hosts (a fiftieth of them with no
 * listener), Markdown files, and the share of unique URLs on the biggest host. Immutable.
 */
record Preset(
    String name,
    int occurrences,
    int unique,
    int hosts,
    int files,
    double biggestShare,
    long seed) {

  static final List<Preset> ALL =
      List.of(
          new Preset("200", 200, 80, 10, 4, 0.18, 200),
          new Preset("2k", 2_000, 800, 50, 40, 0.18, 2_000),
          new Preset("20k", 20_000, 8_000, 500, 400, 0.18, 20_000),
          // The same 500 hosts as 20k with five times the links: cost must grow linearly.
          new Preset("100k-500", 100_000, 40_000, 500, 2_000, 0.18, 100_500),
          new Preset("100k", 100_000, 40_000, 2_000, 2_000, 0.18, 100_000));

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
