package dev.linkcheck.bench;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the benchmark server counted in one run: requests (per {@link RequestKind} and how many over
 * HTTP/2), new connections, the most requests in flight on one host, and where the busiest host's
 * slot time went from its first request to its last. Immutable.
 */
record ServerFigures(
    long requests,
    Map<RequestKind, Long> kinds,
    long connections,
    long http2Requests,
    long abandoned,
    long unexpected,
    int maxInFlight,
    int maxAnswering,
    double serverCpuSeconds,
    Busiest busiest) {

  /** The busiest host (host 0, which holds the most URLs): its queue from first to last. */
  record Busiest(
      String name,
      long urls,
      long latencyMs,
      double firstSeconds,
      double lastSeconds,
      double busy,
      double answering,
      double setup,
      double hanging,
      long requests,
      Map<RequestKind, Long> kinds,
      long connections,
      long hangUrls,
      long hangRequests,
      double hangSlotSeconds,
      long resetUrls,
      long resetRequests,
      List<Double> hangStarts,
      String timing) {}

  static ServerFigures of(
      Responder r, Corpus corpus, Settings settings, long startNanos, double serverCpu) {
    Host big = corpus.hosts.getFirst();
    HostLoad load = r.load(big.index());
    double span =
        Math.max(1, load.lastNanos() - load.firstNanos()) * (double) settings.hostConcurrency();
    Map<RequestKind, Long> bigKinds = new EnumMap<>(RequestKind.class);
    Map<RequestKind, Long> kinds = new EnumMap<>(RequestKind.class);
    for (RequestKind k : RequestKind.values()) {
      bigKinds.put(k, load.requests(k));
      kinds.put(k, r.requests(k));
    }
    Busiest busiest =
        new Busiest(
            big.name(),
            count(corpus, big, null),
            big.latency().toMillis(),
            (load.firstNanos() - startNanos) / 1e9,
            (load.lastNanos() - startNanos) / 1e9,
            load.busyNanos() / span,
            load.latencyNanos.sum() / span,
            load.setupNanos.sum() / span,
            load.hangNanos.sum() / span,
            load.requests(),
            Map.copyOf(bigKinds),
            load.connections.sum(),
            count(corpus, big, Behaviour.HANG),
            load.requests(Behaviour.HANG),
            load.hangNanos.sum() / 1e9,
            count(corpus, big, Behaviour.RESET),
            load.requests(Behaviour.RESET),
            load.hangFirstAttempts().stream().map(t -> (t - startNanos) / 1e9).toList(),
            load.timing());
    return new ServerFigures(
        r.requests(),
        Map.copyOf(kinds),
        r.connections(),
        r.http2Requests(),
        r.abandoned(),
        r.unexpected(),
        r.maxInFlight(true),
        r.maxInFlight(false),
        serverCpu,
        busiest);
  }

  private static long count(Corpus corpus, Host host, Behaviour b) {
    return corpus.urls.values().stream()
        .filter(u -> u.host().equals(host) && (b == null || u.behaviour() == b))
        .count();
  }

  double connectionsPerRequest() {
    return (double) connections / Math.max(1, requests);
  }

  /** The report's lines about the server's counts, key and text. */
  List<String[]> lines(Settings settings) {
    Busiest b = busiest;
    return List.of(
        new String[] {"kinds", kinds(kinds, requests)},
        new String[] {
          "conns",
          String.format(
              Locale.ROOT,
              "%d new connections = %.3f per request; %d requests over HTTP/2, %d over HTTP/1.1",
              connections,
              connectionsPerRequest(),
              http2Requests,
              requests - http2Requests)
        },
        new String[] {
          "server",
          String.format(
              Locale.ROOT,
              "CPU %.1f s; at most %d in flight per host without hanging requests; %d answers"
                  + " the client gave up on while they were held (timeouts of requests that do"
                  + " not hang)",
              serverCpuSeconds,
              maxAnswering,
              abandoned)
        },
        new String[] {
          "busiest",
          String.format(
              Locale.ROOT,
              "%s (%d URLs, %d ms): first request at %.2f s, last answer at %.2f s; its %d slots"
                  + " busy %.1f%% in between = answering %.1f%% + connection set-up %.1f%% +"
                  + " hanging %.1f%% + overrun %.1f%%; idle %.1f%%",
              b.name(),
              b.urls(),
              b.latencyMs(),
              b.firstSeconds(),
              b.lastSeconds(),
              settings.hostConcurrency(),
              100 * b.busy(),
              100 * b.answering(),
              100 * b.setup(),
              100 * b.hanging(),
              100 * (b.busy() - b.answering() - b.setup() - b.hanging()),
              100 * (1 - b.busy()))
        },
        new String[] {
          "busiest",
          String.format(
              Locale.ROOT,
              "%d requests (%s); %d new connections = %.3f per request",
              b.requests(),
              kinds(b.kinds(), b.requests()),
              b.connections(),
              (double) b.connections() / Math.max(1, b.requests()))
        },
        new String[] {
          "busiest",
          String.format(
              Locale.ROOT,
              "%d hangs took %d attempts = %.0f slot-s held (%.0f if each were tried once); %d resets"
                  + " took %d requests; hangs first met at %s s",
              b.hangUrls(),
              b.hangRequests(),
              b.hangSlotSeconds(),
              b.hangUrls() * settings.timeout().toNanos() / 1e9,
              b.resetUrls(),
              b.resetRequests(),
              b.hangStarts().stream()
                  .map(t -> String.format(Locale.ROOT, "%.1f", t))
                  .collect(Collectors.joining(" ")))
        },
        new String[] {"busiest", b.timing()});
  }

  private static String kinds(Map<RequestKind, Long> kinds, long total) {
    StringBuilder sb = new StringBuilder();
    for (RequestKind k : RequestKind.values()) {
      if (!sb.isEmpty()) {
        sb.append(", ");
      }
      sb.append(k.label)
          .append(' ')
          .append(kinds.get(k))
          .append(
              String.format(Locale.ROOT, " (%.1f%%)", 100.0 * kinds.get(k) / Math.max(1, total)));
    }
    return sb.toString();
  }
}
