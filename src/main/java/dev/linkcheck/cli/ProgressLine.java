package dev.linkcheck.cli;

import java.util.Locale;

/**
 * A live one-line progress bar on stderr, drawn through the {@link Console} so that it is cut to
 * the terminal's width and kept below diagnostics ({@code [###.....] checked 12/40, 1 failed, 8/s,
 * eta 3s}), redrawn a few times a second by a daemon thread and erased when closed. Drawn by hand:
 * no progress-bar library is available to the build, and jline's terminal stack is far more than
 * {@code \r} and erase-line need. Only created when stderr is a terminal. Thread-safe.
 */
final class ProgressLine implements AutoCloseable {

  private static final int BAR_WIDTH = 20;

  private final Console console;
  private final Pipeline pipeline;
  private final long start = System.nanoTime();
  private final Thread painter;
  private boolean closed;

  ProgressLine(Console console, Pipeline pipeline) {
    this.console = console;
    this.pipeline = pipeline;
    // Drawn once at once, so that even a run shorter than one redraw shows (and erases) its line.
    paint();
    this.painter = Thread.ofPlatform().daemon().name("linkcheck-progress").start(this::paintLoop);
  }

  private void paintLoop() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.sleep(200);
        paint();
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
    console.status(
        String.format(
            Locale.ROOT,
            "%s checked %d/%d, %d failed, %.0f/s%s",
            bar(done, total),
            done,
            total,
            pipeline.failed(),
            rate,
            eta));
  }

  /** {@code [#####...............]}: the share of the unique URLs seen so far that is decided. */
  static String bar(int done, int total) {
    int filled = total == 0 ? 0 : (int) ((long) BAR_WIDTH * Math.min(done, total) / total);
    return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]";
  }

  @Override
  public synchronized void close() {
    closed = true;
    painter.interrupt();
    console.clearStatus();
  }
}
