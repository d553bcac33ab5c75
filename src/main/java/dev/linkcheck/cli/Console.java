package dev.linkcheck.cli;

import java.io.PrintWriter;
import java.util.function.IntSupplier;

/**
 * Standard error shared by diagnostics and the progress line: a diagnostic line clears the status
 * line first and redraws it after, so neither garbles the other; the status line is cut to the
 * terminal's width so that it never wraps. Thread-safe.
 */
final class Console {

  private static final String ERASE_LINE = "\r\u001b[2K";

  private final PrintWriter err;
  private final IntSupplier width;
  private String status;

  /** {@code width} gives the terminal's columns (read at every draw, so a resize is honoured). */
  Console(PrintWriter err, IntSupplier width) {
    this.err = err;
    this.width = width;
  }

  /** A console with no status line ever: for stderr that is not a terminal. */
  static Console plain(PrintWriter err) {
    return new Console(err, () -> Integer.MAX_VALUE);
  }

  /** Prints one diagnostic line, keeping any status line below it. */
  synchronized void println(String line) {
    if (status != null) {
      err.print(ERASE_LINE);
    }
    err.println(line);
    if (status != null) {
      err.print(status);
    }
    err.flush();
  }

  /** Draws {@code text} as the status line, replacing the previous one. */
  synchronized void status(String text) {
    status = cut(text, width.getAsInt());
    err.print(ERASE_LINE + status);
    err.flush();
  }

  /** Erases the status line for good (until the next {@link #status}). */
  synchronized void clearStatus() {
    if (status != null) {
      err.print(ERASE_LINE);
      err.flush();
      status = null;
    }
  }

  /**
   * {@code text} cut to fewer than {@code columns} code points: the last column stays free, since
   * some terminals wrap as soon as it is written.
   */
  static String cut(String text, int columns) {
    int max = Math.max(1, columns - 1);
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max));
  }
}
