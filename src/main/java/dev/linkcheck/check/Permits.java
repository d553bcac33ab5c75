package dev.linkcheck.check;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Counting permits handed out in order: higher {@code priority} first (the global limit passes the
 * host with the most URLs still to check, which sets the length of the run, before any other host's
 * requests, follow-ups too: it holds at most its host limit of them); then a URL's follow-up
 * requests (the GET after a HEAD, a redirect hop, a retry) before first requests, so a URL under
 * way finishes instead of waiting behind the whole backlog; then first come, first served. A
 * released permit is handed straight to the next waiter (no barging). Thread-safe; virtual-thread
 * friendly.
 */
final class Permits {

  private static final class Waiter {
    final Thread thread = Thread.currentThread();
    final boolean followUp;
    final int priority;
    final long seq;
    volatile boolean granted;

    Waiter(boolean followUp, int priority, long seq) {
      this.followUp = followUp;
      this.priority = priority;
      this.seq = seq;
    }
  }

  private static final Comparator<Waiter> ORDER =
      Comparator.comparingInt((Waiter w) -> -w.priority)
          .thenComparing(w -> !w.followUp)
          .thenComparingLong(w -> w.seq);

  private final ReentrantLock lock = new ReentrantLock();
  private final PriorityQueue<Waiter> waiting = new PriorityQueue<>(ORDER);
  private long seq;
  private int free;

  Permits(int permits) {
    this.free = permits;
  }

  /** Waits for a permit; {@code followUp} requests are served first, FIFO among equals. */
  void acquire(boolean followUp) throws InterruptedException {
    acquire(followUp, 0);
  }

  /** Waits for a permit; higher {@code priority} first, then follow-ups, then FIFO. */
  void acquire(boolean followUp, int priority) throws InterruptedException {
    Waiter w;
    lock.lock();
    try {
      if (free > 0) {
        free--;
        return;
      }
      w = new Waiter(followUp, priority, seq++);
      waiting.add(w);
    } finally {
      lock.unlock();
    }
    while (!w.granted) {
      LockSupport.park(this);
      if (Thread.interrupted()) {
        lock.lock();
        try {
          if (!w.granted) {
            waiting.remove(w);
            throw new InterruptedException();
          }
        } finally {
          lock.unlock();
        }
        // Granted while being interrupted: pass the permit on, keep the interrupt.
        release();
        throw new InterruptedException();
      }
    }
  }

  /** Permits free now (a snapshot). */
  int free() {
    lock.lock();
    try {
      return free;
    } finally {
      lock.unlock();
    }
  }

  void release() {
    Waiter next;
    lock.lock();
    try {
      next = waiting.poll();
      if (next == null) {
        free++;
        return;
      }
      next.granted = true;
    } finally {
      lock.unlock();
    }
    LockSupport.unpark(next.thread);
  }
}
