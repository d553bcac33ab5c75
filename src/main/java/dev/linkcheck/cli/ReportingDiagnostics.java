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

  private final Console console;
  private final List<InputError> errors = new ArrayList<>();

  ReportingDiagnostics(PrintWriter err) {
    this(Console.plain(err));
  }

  /** Diagnostics printed through {@code console}, so a progress line is kept below them. */
  ReportingDiagnostics(Console console) {
    this.console = console;
  }

  /** Where the diagnostics go, shared with the progress line. */
  Console console() {
    return console;
  }

  @Override
  public synchronized void inputError(String file, String message) {
    errors.add(new InputError(file, message));
    console.println("linkcheck: " + file + ": " + message);
  }

  @Override
  public synchronized void warning(String message) {
    console.println("linkcheck: warning: " + message);
  }

  synchronized List<InputError> errors() {
    return List.copyOf(errors);
  }
}
