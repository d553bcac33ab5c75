package dev.linkcheck.check;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Per-host admission: at most {@code perHost} requests in flight to one host (its host rule's
 * {@code concurrency}, else {@code --host-concurrency}), starts at least its rule's {@code
 * request-interval} apart, and a "not before" instant set by {@code Retry-After} or a 429 during
 * which the host gets no new request. Other hosts are never held up. Thread-safe.
 */
final class HostGates {

  /** One host's permits and pause. */
  static final class Gate {
    private final Permits permits;
    private final RequestSpacing spacing;
    // URLs of this host being checked or waiting to be: the host's share of the work left.
    private final AtomicInteger backlog = new AtomicInteger();
    // nanoTime values are compared by difference only: they may be negative or wrap.
    private volatile long notBeforeNanos = System.nanoTime();

    Gate(int permits) {
      this(permits, Duration.ZERO);
    }

    Gate(int permits, Duration requestInterval) {
      this.permits = new Permits(permits);
      this.spacing = new RequestSpacing(requestInterval);
    }

    /**
     * Zero when a request to this host may start now, which counts as its start (see {@link
     * Admission}); otherwise how long it comes too early for the host's request interval.
     */
    long claimStart() {
      return spacing.claim();
    }

    /**
     * Waits for a permit (a URL's follow-up requests first), then until any pause of the host has
     * passed; returns how long the pause held it ({@link Duration#ZERO} when none did).
     */
    Duration enter(boolean followUp) throws InterruptedException {
      permits.acquire(followUp);
      long paused = 0;
      try {
        long wait;
        while ((wait = notBeforeNanos - System.nanoTime()) > 0) {
          Thread.sleep(Duration.ofNanos(wait));
          paused += wait;
        }
      } catch (InterruptedException e) {
        permits.release();
        throw e;
      }
      return Duration.ofNanos(paused);
    }

    void leave() {
      permits.release();
    }

    /** Counts a URL of this host from the start of its check... */
    void register() {
      backlog.incrementAndGet();
    }

    /** ...to its outcome. */
    void unregister() {
      backlog.decrementAndGet();
    }

    /** URLs of this host not yet decided. */
    int backlog() {
      return backlog.get();
    }

    /** No new request to this host before {@code delay} from now (a later pause wins). */
    void pause(Duration delay) {
      long until = System.nanoTime() + delay.toNanos();
      synchronized (this) {
        if (until - notBeforeNanos > 0) {
          notBeforeNanos = until;
        }
      }
    }
  }

  private final ToIntFunction<URI> perHost;
  private final Function<URI, Duration> interval;
  private final Map<String, Gate> gates = new ConcurrentHashMap<>();

  HostGates(int perHost) {
    this(uri -> perHost, uri -> Duration.ZERO);
  }

  /** Gates whose permits and request interval each host's first URI decides (its host rule). */
  HostGates(ToIntFunction<URI> perHost, Function<URI, Duration> interval) {
    this.perHost = perHost;
    this.interval = interval;
  }

  Gate of(URI uri) {
    return gates.computeIfAbsent(
        key(uri), k -> new Gate(perHost.applyAsInt(uri), interval.apply(uri)));
  }

  /** Host and effective port: two ports of one machine are two servers. */
  static String key(URI uri) {
    int port = uri.getPort();
    if (port < 0) {
      port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
    return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }
}
