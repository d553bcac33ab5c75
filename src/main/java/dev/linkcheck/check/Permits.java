package dev.linkcheck.check;

import java.util.ArrayDeque;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Counting permits with two first-in-first-out queues: a URL's follow-up requests (the GET after a
 * HEAD, a redirect hop, a retry) go before the first requests of URLs not yet started, so a URL
 * under way finishes instead of waiting behind the whole backlog of its host. A released permit is
 * handed straight to the next waiter (no barging). Thread-safe; virtual-thread friendly.
 */
final class Permits {

  private static final class Waiter {
    final Thread thread = Thread.currentThread();
    volatile boolean granted;
  }

  private final ReentrantLock lock = new ReentrantLock();
  private final ArrayDeque<Waiter> followUps = new ArrayDeque<>();
  private final ArrayDeque<Waiter> firsts = new ArrayDeque<>();
  private int free;

  Permits(int permits) {
    this.free = permits;
  }

  /** Waits for a permit; {@code followUp} requests are served first. */
  void acquire(boolean followUp) throws InterruptedException {
    Waiter w;
    lock.lock();
    try {
      if (free > 0) {
        free--;
        return;
      }
      w = new Waiter();
      (followUp ? followUps : firsts).add(w);
    } finally {
      lock.unlock();
    }
    while (!w.granted) {
      LockSupport.park(this);
      if (Thread.interrupted()) {
        lock.lock();
        try {
          if (!w.granted) {
            followUps.remove(w);
            firsts.remove(w);
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

  void release() {
    Waiter next;
    lock.lock();
    try {
      next = followUps.poll();
      if (next == null) {
        next = firsts.poll();
      }
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
