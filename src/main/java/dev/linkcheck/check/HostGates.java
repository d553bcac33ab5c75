package dev.linkcheck.check;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Per-host admission: at most {@code perHost} requests in flight to one host (its host rule's
 * {@code concurrency}, else {@code --host-concurrency}), starts at least its rule's {@code
 * request-interval} apart, and a "not before" instant set by rate-limit headers or a 429 back-off
 * during which the host gets no new request and a request waiting for it holds none of the host's
 * permits. Other hosts are never held up. Thread-safe.
 */
final class HostGates {

  /** Start places a host has beyond its permits: a check ending hands its place on meanwhile. */
  static final int SPARE_PLACES = 2;

  /** One host's permits and pause. */
  static final class Gate {
    private final Permits permits;
    private final RequestSpacing spacing;
    // URLs of this host being checked or waiting to be: the host's share of the work left.
    private final AtomicInteger backlog = new AtomicInteger();
    // Scheduled checks of this host run on a thread of their own only while they hold one of its
    // start places (its permits and a spare); the rest wait as data, not as parked threads, in
    // order: checks not yet started (Runnables) and checks that gave up their place to queue
    // behind them (futures, completed when a place is handed back).
    private final int places;
    private final ArrayDeque<Object> queued = new ArrayDeque<>();
    private int holding;
    private volatile int waitingToStart;
    private Executor executor;
    // nanoTime values are compared by difference only: they may be negative or wrap.
    private volatile long notBeforeNanos = System.nanoTime();
    private volatile String reason;

    Gate(int permits) {
      this(permits, Duration.ZERO);
    }

    Gate(int permits, Duration requestInterval) {
      this.places = permits + SPARE_PLACES;
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

    /** URLs of this host not yet decided, started or not. */
    int backlog() {
      return backlog.get() + waitingToStart;
    }

    /** Queues {@code check} to start on {@code on} when the host has a free place. */
    void offer(Runnable check, Executor on) {
      List<Object> start;
      synchronized (this) {
        executor = on;
        queued.add(check);
        start = fill();
      }
      hand(start);
    }

    /**
     * The calling check gives its place up, to what waits: once it has ended, or to sleep ({@link
     * #takeBackPlace} after).
     */
    void giveUpPlace() {
      List<Object> start;
      synchronized (this) {
        holding--;
        start = fill();
      }
      hand(start);
    }

    /** After {@link #giveUpPlace}: the check holds a place again (beyond the count if need be). */
    synchronized void takeBackPlace() {
      holding++;
    }

    /**
     * The calling check gives its place up and waits behind everything queued for this host (its
     * URLs not started yet), until a place is handed to it; at once when nothing is queued.
     */
    void queueBehind() throws InterruptedException {
      // Completed when a place is handed to this check again.
      CompletableFuture<Void> me = new CompletableFuture<>();
      List<Object> start;
      synchronized (this) {
        if (queued.isEmpty()) {
          return;
        }
        holding--;
        queued.add(me);
        start = fill();
      }
      hand(start);
      try {
        me.get();
      } catch (InterruptedException e) {
        boolean handedMeanwhile;
        synchronized (this) {
          handedMeanwhile = !queued.remove(me);
          waitingToStart = queued.size();
        }
        if (handedMeanwhile) {
          giveUpPlace();
        }
        throw e;
      } catch (ExecutionException e) {
        throw new IllegalStateException(e);
      }
    }

    /** Under the lock: what takes the free places now, each counted as holding one. */
    private List<Object> fill() {
      List<Object> start = new ArrayList<>();
      while (holding < places && !queued.isEmpty()) {
        holding++;
        start.add(queued.poll());
      }
      waitingToStart = queued.size();
      return start;
    }

    /** Outside the lock: starts each check on a thread of its own, or wakes a waiting one. */
    private void hand(List<Object> start) {
      for (Object o : start) {
        if (o instanceof CompletableFuture<?> waiting) {
          waiting.complete(null);
        } else {
          executor.execute((Runnable) o);
        }
      }
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
