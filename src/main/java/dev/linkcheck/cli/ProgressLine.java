package dev.linkcheck.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A live one-line progress display on stderr, redrawn a few times a second by a daemon thread and
 * erased when closed. Only created when stderr is a terminal. Thread-safe.
 */
final class ProgressLine implements AutoCloseable {

  private final PrintWriter err;
  private final Pipeline pipeline;
  private final long start = System.nanoTime();
  private final Thread painter;
  private boolean closed;

  ProgressLine(PrintWriter err, Pipeline pipeline) {
    this.err = err;
    this.pipeline = pipeline;
    this.painter = Thread.ofPlatform().daemon().name("linkcheck-progress").start(this::paintLoop);
  }

  private void paintLoop() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        paint();
        Thread.sleep(200);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void paint() {
    if (closed) {
      return;
    }
    int done = pipeline.done();
    int total = pipeline.unique();
    double seconds = Math.max(0.001, (System.nanoTime() - start) / 1e9);
    double rate = done / seconds;
    String eta =
        rate > 0 && total > done
            ? String.format(Locale.ROOT, ", eta %.0fs", (total - done) / rate)
            : "";
    err.print(
        String.format(
            Locale.ROOT,
            "\r\u001b[2Kchecked %d/%d, %d failed, %.0f/s%s",
            done,
            total,
            pipeline.failed(),
            rate,
            eta));
    err.flush();
  }

  @Override
  public synchronized void close() {
    closed = true;
    painter.interrupt();
    err.print("\r\u001b[2K");
    err.flush();
  }
}
