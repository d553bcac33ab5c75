package dev.linkcheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded Markdown corpus and its ground truth: the hosts, every unique URL with the behaviour the
 * server gives it, and the link occurrences written into the files. The same preset always gives
 * the same corpus (only the port differs). Immutable once generated.
 */
final class Corpus {

  /** One unique URL: where it lives and what the server does with it. */
  record Url(String url, Host host, Behaviour behaviour) {}

  final Preset preset;
  final List<Host> hosts;
  final Map<String, Url> urls;
  final Path dir;

  private Corpus(Preset preset, List<Host> hosts, Map<String, Url> urls, Path dir) {
    this.preset = preset;
    this.hosts = hosts;
    this.urls = urls;
    this.dir = dir;
  }

  /** The hosts of {@code preset}: host 0 is the biggest; the last ones have no listener. */
  static List<Host> hosts(Preset preset) {
    Random rnd = new Random(preset.seed());
    List<Host> hosts = new ArrayList<>();
    int live = preset.hosts() - preset.deadHosts();
    for (int h = 0; h < preset.hosts(); h++) {
      // 20..200 ms; the biggest host sits in the middle so that it, not chance, sets the pace.
      long ms = h == 0 ? preset.mix().biggestLatencyMs() : 20 + rnd.nextInt(181);
      hosts.add(Host.of(h, Duration.ofMillis(ms), h < live));
    }
    return hosts;
  }

  /** Writes the Markdown files of {@code preset} under {@code dir} with URLs on {@code port}. */
  static Corpus generate(Preset preset, List<Host> hosts, int port, Path dir) {
    Random rnd = new Random(preset.seed() * 31 + 7);
    List<Url> unique = assign(preset, hosts, port, rnd);
    Map<String, Url> byUrl = new LinkedHashMap<>();
    for (Url u : unique) {
      byUrl.put(u.url(), u);
    }
    // Every unique URL at least once, the rest of the occurrences drawn at random.
    List<String> occurrences = new ArrayList<>(preset.occurrences());
    for (Url u : unique) {
      occurrences.add(u.url());
    }
    while (occurrences.size() < preset.occurrences()) {
      occurrences.add(unique.get(rnd.nextInt(unique.size())).url());
    }
    Collections.shuffle(occurrences, rnd);
    String decoy = origin(preset, hosts.get(0), port) + "/404/in-code";
    try {
      Files.createDirectories(dir);
      int perFile = (preset.occurrences() + preset.files() - 1) / preset.files();
      for (int f = 0; f < preset.files(); f++) {
        int from = Math.min(occurrences.size(), f * perFile);
        int to = Math.min(occurrences.size(), from + perFile);
        Path file = dir.resolve(String.format("d%03d/page-%05d.md", f / 20, f));
        Files.createDirectories(file.getParent());
        Files.writeString(file, MarkdownPage.render(f, occurrences.subList(from, to), decoy, rnd));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Corpus(preset, hosts, Collections.unmodifiableMap(byUrl), dir);
  }

  private static List<Url> assign(Preset preset, List<Host> hosts, int port, Random rnd) {
    int n = preset.unique();
    int biggest = (int) Math.round(n * preset.biggestShare());
    double[] cumulative = new double[hosts.size()];
    double sum = 0;
    for (int h = 1; h < hosts.size(); h++) {
      sum += 0.5 + rnd.nextDouble();
      cumulative[h] = sum;
    }
    List<Host> owners = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (i < biggest) {
        owners.add(hosts.get(0));
        continue;
      }
      double x = rnd.nextDouble() * sum;
      int h = Arrays.binarySearch(cumulative, 1, cumulative.length, x);
      owners.add(hosts.get(Math.min(hosts.size() - 1, h >= 0 ? h : -h - 1)));
    }
    // Behaviours on live hosts: one of each first (so even the smallest preset has them all),
    // then by weight; one 429 on every tenth host; everything on a dead host is refused.
    List<Behaviour> forced =
        List.of(
            Behaviour.NOT_FOUND,
            Behaviour.HANG,
            Behaviour.RESET,
            Behaviour.HEAD_405,
            Behaviour.FLAKY_503,
            Behaviour.REDIRECT);
    Mix mix = preset.mix();
    // The biggest host's hangs at seeded places in its share (its URLs are the first ones).
    java.util.Set<Integer> hangs = new java.util.HashSet<>();
    int wanted = Math.min(mix.hangsOnBiggest(biggest), biggest);
    while (hangs.size() < wanted) {
      hangs.add(rnd.nextInt(biggest));
    }
    List<Url> urls = new ArrayList<>(n);
    boolean[] has429 = new boolean[hosts.size()];
    int forcedNext = 0;
    for (int i = 0; i < n; i++) {
      Host host = owners.get(i);
      Behaviour b;
      if (!host.live()) {
        b = Behaviour.REFUSED;
      } else if (host.index() % 10 == 3 && !has429[host.index()]) {
        has429[host.index()] = true;
        b = Behaviour.TOO_MANY;
      } else if (host.index() != 0 && forcedNext < forced.size()) {
        b = forced.get(forcedNext++);
      } else if (host.index() == 0 && hangs.contains(i)) {
        b = Behaviour.HANG;
      } else {
        b = mix.draw(rnd.nextInt(1000), host.index() == 0);
      }
      urls.add(new Url(origin(preset, host, port) + "/" + b.segment + "/" + i, host, b));
    }
    return urls;
  }

  /** scheme://name:port of a host, as the corpus links to it. */
  static String origin(Preset preset, Host host, int port) {
    return preset.network().scheme() + "://" + host.name() + ":" + port;
  }

  /**
   * Writes a hosts file (for {@code -Djdk.net.hosts.file}) that resolves every host name to its
   * loopback address; with it the JVM asks no DNS server, and a name not listed fails to resolve.
   */
  static void writeHostsFile(List<Host> hosts, Path file) throws IOException {
    StringBuilder sb = new StringBuilder("# linkcheck benchmark: every host on loopback\n");
    for (Host h : hosts) {
      sb.append(h.address()).append(' ').append(h.name()).append('\n');
    }
    Files.writeString(file, sb);
  }

  /** Writes the ground truth as TSV: url, behaviour, broken, host, latency in ms. */
  void writeTruth(Path file) throws IOException {
    StringBuilder sb = new StringBuilder("url\tbehaviour\tbroken\thost\tlatency_ms\n");
    for (Url u : urls.values()) {
      sb.append(u.url())
          .append('\t')
          .append(u.behaviour().segment)
          .append('\t')
          .append(u.behaviour().broken)
          .append('\t')
          .append(u.host().address())
          .append('\t')
          .append(u.host().latency().toMillis())
          .append('\n');
    }
    Files.writeString(file, sb);
  }
}
