package dev.linkcheck.cli;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Lets a run say what to do when the process is interrupted (SIGINT, SIGTERM): the handler writes
 * the report of everything finished so far. {@link Main} fires it from a shutdown hook unless the
 * run ended normally. Thread-safe.
 */
final class Interruption {

  private final AtomicReference<Runnable> handler = new AtomicReference<>();
  private volatile boolean finished;

  /** Sets what to run on interruption; replaces any earlier handler. */
  void onInterrupt(Runnable action) {
    handler.set(action);
  }

  /** The run ended by itself: an exit from now on is not an interruption. */
  void finished() {
    finished = true;
  }

  /** Runs the handler once, if any and if the run had not finished; true when it ran. */
  boolean fire() {
    if (finished) {
      return false;
    }
    Runnable action = handler.getAndSet(null);
    if (action == null) {
      return false;
    }
    action.run();
    return true;
  }
}
