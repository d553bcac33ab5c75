package dev.linkcheck.check;

import java.time.Duration;

/** Counts the live threads {@code HttpClient} starts, to prove a closed checker leaves none. */
final class HttpClientThreads {

  private HttpClientThreads() {}

  static long count() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("HttpClient-"))
        .count();
  }

  /** True once at most {@code n} are alive, waiting at most {@code limit}. */
  static boolean awaitAtMost(long n, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (count() > n) {
      if (System.nanoTime() - deadline > 0) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }
}
