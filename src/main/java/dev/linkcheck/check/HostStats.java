package dev.linkcheck.check;

import dev.linkcheck.model.HostStat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-host counts for {@code --host-stats}: requests, their latencies (p50, p95 by nearest rank),
 * the statuses answered ({@code "error"} for no answer) and the pauses a host was given.
 * Thread-safe.
 */
public final class HostStats {

  private static final class Tally {
    final List<Long> latencies = new ArrayList<>();
    final SortedMap<String, Integer> statuses = new TreeMap<>();
    int waits;
    Duration waited = Duration.ZERO;
  }

  private final Map<String, Tally> hosts = new ConcurrentHashMap<>();

  /** Counts one request to {@code host}: its status (null when none came) and how long it took. */
  public void request(String host, Integer status, Duration latency) {
    Tally t = tally(host);
    synchronized (t) {
      t.latencies.add(latency.toNanos());
      t.statuses.merge(status == null ? "error" : status.toString(), 1, Integer::sum);
    }
  }

  /** Counts one pause of {@code host} (rate limit, back-off, request interval). */
  public void waited(String host, Duration wait) {
    Tally t = tally(host);
    synchronized (t) {
      t.waits++;
      t.waited = t.waited.plus(wait);
    }
  }

  /** Every host's figures, sorted by host. */
  public List<HostStat> snapshot() {
    List<HostStat> stats = new ArrayList<>();
    for (String host : new TreeMap<>(hosts).keySet()) {
      Tally t = hosts.get(host);
      synchronized (t) {
        List<Long> sorted = new ArrayList<>(t.latencies);
        sorted.sort(null);
        stats.add(
            new HostStat(
                host,
                sorted.size(),
                rank(sorted, 50),
                rank(sorted, 95),
                t.statuses,
                t.waits,
                t.waited));
      }
    }
    return stats;
  }

  private Tally tally(String host) {
    return hosts.computeIfAbsent(HostRules.normalize(host), h -> new Tally());
  }

  /** Nearest-rank percentile; zero when nothing was measured. */
  private static Duration rank(List<Long> sorted, int percent) {
    if (sorted.isEmpty()) {
      return Duration.ZERO;
    }
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return Duration.ofNanos(sorted.get(Math.max(0, index)));
  }
}
