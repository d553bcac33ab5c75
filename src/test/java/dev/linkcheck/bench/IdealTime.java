package dev.linkcheck.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The ideal wall time of a corpus under a set of limits: the makespan of a scheduler that knows
 * every URL's behaviour in advance and wastes nothing. Per host, the URLs' slot times (time a
 * request is in flight) are packed onto {@code hostConcurrency} slots, longest first; a host with a
 * 429 adds one {@code Retry-After} pause; no host finishes before its slowest URL's own critical
 * path (its attempts plus the backoff between them; a timeout's retry is bounded by {@code
 * --retry-timeout}'s rule). Overall: the slowest host, or all slot time spread over {@code
 * maxConcurrency} global slots, whichever is larger.
 *
 * <p>On a network with a connection set-up cost of N latencies, each host pays it once (its slots
 * open their connections side by side, or one HTTP/2 connection carries them all) and, on HTTP/1.1,
 * once more for every attempt that ends its connection (a reset or a timeout): the next request on
 * that slot must open a new one. Stateless.
 */
final class IdealTime {

  private IdealTime() {}

  /** The ideal on bare loopback, every attempt linkcheck's policy demands made. */
  static Duration of(Collection<Corpus.Url> urls, Settings settings) {
    return of(urls, settings, Network.LOOPBACK, false);
  }

  /**
   * The ideal for {@code settings} on {@code network}; {@code hostConcurrency <= 0} means no
   * per-host limit; {@code hangOnce} spends one timeout on each hang (issue 12's ideal) instead of
   * 1 + {@code --max-retries}.
   */
  static Duration of(
      Collection<Corpus.Url> urls, Settings settings, Network network, boolean hangOnce) {
    Map<Host, List<Long>> slots = new HashMap<>();
    Map<Host, Long> chains = new HashMap<>();
    Map<Host, Boolean> pauses = new HashMap<>();
    long totalSlot = 0;
    for (Corpus.Url u : urls) {
      Host h = u.host();
      Behaviour b = u.behaviour();
      long setup = h.live() ? network.setupRoundTrips() * h.latency().toNanos() : 0;
      long lost = b.breaksConnection() && !network.offersHttp2() ? setup : 0;
      int attempts = b.attempts(settings, hangOnce);
      // At most an answer on a new connection: a bound on the host's 95th-percentile answer.
      Duration pace = h.latency().plusNanos(setup);
      long slot = b.slotNanos(settings, h.latency(), pace, hangOnce) + attempts * lost;
      slots.computeIfAbsent(h, k -> new ArrayList<>()).add(slot);
      long chain = b.chainNanos(settings, h.latency(), pace, hangOnce) + (attempts - 1) * lost;
      chains.merge(h, setup + chain, Math::max);
      if (u.behaviour() == Behaviour.TOO_MANY) {
        pauses.put(h, true);
      }
      totalSlot += slot;
    }
    long worst = totalSlot / Math.max(1, settings.maxConcurrency());
    for (Map.Entry<Host, List<Long>> e : slots.entrySet()) {
      Host h = e.getKey();
      long packed = pack(e.getValue(), settings.hostConcurrency());
      if (h.live()) {
        packed += network.setupRoundTrips() * h.latency().toNanos();
      }
      if (pauses.containsKey(e.getKey())) {
        packed += Duration.ofSeconds(Behaviour.RETRY_AFTER_SECONDS).toNanos();
      }
      worst = Math.max(worst, Math.max(packed, chains.get(e.getKey())));
    }
    return Duration.ofNanos(worst);
  }

  /** Longest-processing-time-first packing of {@code jobs} onto {@code slots} slots. */
  private static long pack(List<Long> jobs, int slots) {
    if (slots <= 0 || slots >= jobs.size()) {
      return jobs.stream().mapToLong(Long::longValue).max().orElse(0);
    }
    List<Long> sorted = new ArrayList<>(jobs);
    sorted.sort((a, b) -> Long.compare(b, a));
    PriorityQueue<Long> loads = new PriorityQueue<>();
    for (int i = 0; i < slots; i++) {
      loads.add(0L);
    }
    for (long job : sorted) {
      loads.add(loads.poll() + job);
    }
    long max = 0;
    for (long l : loads) {
      max = Math.max(max, l);
    }
    return max;
  }
}
