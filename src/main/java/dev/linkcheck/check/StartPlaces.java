package dev.linkcheck.check;

import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * The start places of scheduled checks ({@link HostGates.Gate#offer}), seen from the check's own
 * thread: which host's place it holds, if any (a check that was not scheduled, a fragment page's or
 * a test's, holds none), and giving that place up while the check waits. Static; each thread sees
 * its own.
 */
final class StartPlaces {

  private static final ThreadLocal<HostGates.Gate> HELD = new ThreadLocal<>();

  private StartPlaces() {}

  /**
   * Runs {@code check} on a thread of {@code executor} once {@code gate}'s host has a free place;
   * until then it waits as data. {@code executor} may be given tasks until every check offered has
   * ended.
   */
  static void schedule(HostGates.Gate gate, Runnable check, Executor executor) {
    gate.offer(
        () -> {
          HELD.set(gate);
          try {
            check.run();
          } finally {
            HELD.remove();
            gate.giveUpPlace();
          }
        },
        executor);
  }

  /** Sleeps {@code delay}, lending the check's place to its host's next URL meanwhile. */
  static void sleep(Duration delay) throws InterruptedException {
    HostGates.Gate place = HELD.get();
    if (place != null) {
      place.giveUpPlace();
    }
    try {
      Thread.sleep(delay);
    } finally {
      if (place != null) {
        place.takeBackPlace();
      }
    }
  }

  /** A timeout's retry: waits, holding no place, behind its host's URLs not started yet. */
  static void queueBehindUnstarted() throws InterruptedException {
    HostGates.Gate place = HELD.get();
    if (place != null) {
      place.queueBehind();
    }
  }
}
