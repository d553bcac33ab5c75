package dev.linkcheck.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * The width of the terminal stderr is on: {@code $COLUMNS} when set, else what {@code stty size}
 * says of {@code /dev/tty}, else 80. Asked again after a resize (SIGWINCH, where the JVM lets a
 * handler be installed), never on every draw. Thread-safe.
 */
final class TerminalWidth implements IntSupplier {

  static final int FALLBACK = 80;

  private final Map<String, String> variables;
  private volatile int columns;

  TerminalWidth(Map<String, String> variables) {
    this.variables = variables;
    this.columns = measure();
    try {
      sun.misc.Signal.handle(new sun.misc.Signal("WINCH"), s -> columns = measure());
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      // No SIGWINCH here (Windows): the width read at the start stays.
    }
  }

  @Override
  public int getAsInt() {
    return columns;
  }

  private int measure() {
    Integer fromEnv = positive(variables.get("COLUMNS"));
    if (fromEnv != null) {
      return fromEnv;
    }
    Integer fromTty = stty();
    return fromTty != null ? fromTty : FALLBACK;
  }

  private static Integer stty() {
    File tty = new File("/dev/tty");
    if (!tty.exists()) {
      return null;
    }
    try {
      Process p =
          new ProcessBuilder("stty", "size")
              .redirectInput(tty)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      if (!p.waitFor(2, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      String[] rowsColumns = out.strip().split("\\s+");
      return rowsColumns.length == 2 ? positive(rowsColumns[1]) : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** {@code text} as a positive number, or null. */
  static Integer positive(String text) {
    if (text == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(text.strip());
      return n > 0 ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
