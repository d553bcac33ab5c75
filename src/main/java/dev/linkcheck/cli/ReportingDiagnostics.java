package dev.linkcheck.cli;

import dev.linkcheck.model.Diagnostics;
import dev.linkcheck.model.InputError;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints input errors and warnings to the injected {@code err} as they happen and keeps the input
 * errors for the report. Thread-safe.
 */
final class ReportingDiagnostics implements Diagnostics {

  private final PrintWriter err;
  private final List<InputError> errors = new ArrayList<>();

  ReportingDiagnostics(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void inputError(String file, String message) {
    errors.add(new InputError(file, message));
    err.println("linkcheck: " + file + ": " + message);
    err.flush();
  }

  // The line slf4j-simple printed when warnings went through it, kept for scripts that grep it.
  @Override
  public synchronized void warning(String message) {
    err.println("[WARN] linkcheck - " + message);
    err.flush();
  }

  synchronized List<InputError> errors() {
    return List.copyOf(errors);
  }
}
