package dev.linkcheck.check;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Per-host admission: at most {@code perHost} requests in flight to one host, and a "not before"
 * instant set by rate-limit headers or a 429 back-off during which the host gets no new request and
 * a request waiting for it holds none of the host's permits. Other hosts are never held up.
 * Thread-safe.
 */
final class HostGates {

  /** One host's permits and pause. */
  static final class Gate {
    private final Permits permits;
    // URLs of this host being checked or waiting to be: the host's share of the work left.
    private final AtomicInteger backlog = new AtomicInteger();
    // nanoTime values are compared by difference only: they may be negative or wrap.
    private volatile long notBeforeNanos = System.nanoTime();
    private volatile String reason;

    Gate(int permits) {
      this.permits = new Permits(permits);
    }

    /**
     * Waits until any pause of the host has passed, holding no permit meanwhile, then for a permit
     * (a URL's follow-up requests first); a pause set while it waited for the permit sends it back
     * to waiting without the permit. Returns how long pauses held it ({@link Duration#ZERO} when
     * none did).
     */
    Duration enter(boolean followUp) throws InterruptedException {
      long paused = 0;
      while (true) {
        long wait;
        while ((wait = notBeforeNanos - System.nanoTime()) > 0) {
          Thread.sleep(Duration.ofNanos(wait));
          paused += wait;
        }
        permits.acquire(followUp);
        if (notBeforeNanos - System.nanoTime() <= 0) {
          return Duration.ofNanos(paused);
        }
        // Paused while this request queued: the permit goes to whoever may use it meanwhile.
        permits.release();
      }
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

    /**
     * No new request to this host before {@code delay} from now (a later pause wins); {@code
     * reason} names what asked for it (a header, a back-off), for the log.
     */
    void pause(Duration delay, String reason) {
      long until = System.nanoTime() + delay.toNanos();
      synchronized (this) {
        if (until - notBeforeNanos > 0) {
          notBeforeNanos = until;
          this.reason = reason;
        }
      }
    }

    /** What is left of the host's pause; zero when it is not paused. */
    Duration remaining() {
      long left = notBeforeNanos - System.nanoTime();
      return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
    }

    /** What asked for the host's latest pause; null before any. Read for the log only. */
    String reason() {
      return reason;
    }

    /** Permits not taken: for tests that prove a paused request holds none. */
    int freePermits() {
      return permits.free();
    }
  }

  private final int perHost;
  private final Map<String, Gate> gates = new ConcurrentHashMap<>();

  HostGates(int perHost) {
    this.perHost = perHost;
  }

  Gate of(URI uri) {
    return gates.computeIfAbsent(key(uri), k -> new Gate(perHost));
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
