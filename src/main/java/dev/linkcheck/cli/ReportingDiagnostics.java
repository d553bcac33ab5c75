package dev.linkcheck.cli;

import dev.linkcheck.model.Diagnostics;
import dev.linkcheck.model.InputError;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints input errors ({@code linkcheck: path: message}) and warnings ({@code linkcheck: warning:
 * message}) to stderr as they happen, in the one style of every diagnostic, and keeps the errors
 * for the report. Thread-safe.
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

  @Override
  public synchronized void warning(String message) {
    err.println("linkcheck: warning: " + message);
    err.flush();
  }

  synchronized List<InputError> errors() {
    return List.copyOf(errors);
  }
}
