package dev.linkcheck.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one host's server saw: requests in flight (now and at most, with and without hanging ones),
 * the time they held its slots split into answering (the latency), connection set-up holds and
 * hangs, connections opened, requests per {@link RequestKind}, and when its hangs were first met.
 * Thread-safe.
 */
final class HostLoad {
  private final AtomicInteger now = new AtomicInteger();
  private final AtomicInteger max = new AtomicInteger();
  private final AtomicInteger answering = new AtomicInteger();
  private final AtomicInteger maxAnswering = new AtomicInteger();
  private final LongAdder busyNanos = new LongAdder();
  final LongAdder setupNanos = new LongAdder();
  final LongAdder latencyNanos = new LongAdder();
  final LongAdder hangNanos = new LongAdder();
  final LongAdder overshootNanos = new LongAdder();
  final LongAdder turnaroundNanos = new LongAdder();
  final LongAdder turnarounds = new LongAdder();
  final LongAdder answers = new LongAdder();
  final LongAdder connections = new LongAdder();
  final LongAdder http2 = new LongAdder();
  final LongAdder abandoned = new LongAdder();
  private final LongAdder[] kinds = new LongAdder[RequestKind.values().length];
  private final LongAdder[] behaviours = new LongAdder[Behaviour.values().length];
  private final List<Long> hangFirstAttempts = new ArrayList<>();
  private final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
  private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);

  HostLoad() {
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] = new LongAdder();
    }
    for (int i = 0; i < behaviours.length; i++) {
      behaviours[i] = new LongAdder();
    }
  }

  /**
   * Returns the start time, to be passed to {@link #leave}. Requests that hang are counted apart
   * too: their end is the client closing the connection, which may lag its timeout.
   */
  long enter(boolean hang, RequestKind kind, Behaviour behaviour) {
    if (behaviour != null) {
      behaviours[behaviour.ordinal()].increment();
    }
    max.accumulateAndGet(now.incrementAndGet(), Math::max);
    if (!hang) {
      maxAnswering.accumulateAndGet(answering.incrementAndGet(), Math::max);
    }
    kinds[kind.ordinal()].increment();
    long t = System.nanoTime();
    if (hang && kind == RequestKind.FIRST) {
      synchronized (hangFirstAttempts) {
        hangFirstAttempts.add(t);
      }
    }
    first.accumulateAndGet(t, Math::min);
    return t;
  }

  void leave(long started, boolean hang) {
    now.decrementAndGet();
    if (!hang) {
      answering.decrementAndGet();
    }
    long t = System.nanoTime();
    busyNanos.add(t - started);
    if (hang) {
      hangNanos.add(t - started);
    }
    last.accumulateAndGet(t, Math::max);
  }

  /**
   * Mean time the latency sleep overran, and mean time from an answer to the next request on its
   * connection, in ms.
   */
  String timing() {
    long n = Math.max(1, answers.sum());
    long t = Math.max(1, turnarounds.sum());
    return String.format(
        Locale.ROOT,
        "sleep overrun %.1f ms, answer-to-next-request on a kept connection %.1f ms (mean of %d)",
        overshootNanos.sum() / 1e6 / n,
        turnaroundNanos.sum() / 1e6 / t,
        turnarounds.sum());
  }

  long requests(RequestKind kind) {
    return kinds[kind.ordinal()].sum();
  }

  /** Requests to URLs of {@code behaviour}. */
  long requests(Behaviour behaviour) {
    return behaviours[behaviour.ordinal()].sum();
  }

  long requests() {
    long n = 0;
    for (LongAdder k : kinds) {
      n += k.sum();
    }
    return n;
  }

  /** Total time requests were in flight here (the sum over requests). */
  long busyNanos() {
    return busyNanos.sum();
  }

  /** When the first request arrived and the last ended (nanoTime), if any came. */
  long firstNanos() {
    return first.get();
  }

  long lastNanos() {
    return last.get();
  }

  int max() {
    return max.get();
  }

  /** The most requests in flight at once, hanging ones left out. */
  int maxAnswering() {
    return maxAnswering.get();
  }

  /** When each hanging URL's first attempt arrived (nanoTime), in order. */
  List<Long> hangFirstAttempts() {
    synchronized (hangFirstAttempts) {
      return hangFirstAttempts.stream().sorted().toList();
    }
  }
}
