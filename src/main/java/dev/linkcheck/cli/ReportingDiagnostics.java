package dev.linkcheck.cli;

import dev.linkcheck.model.Diagnostics;
import dev.linkcheck.model.InputError;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints input errors to stderr as they happen and keeps them for the report; warnings go through
 * SLF4J. Thread-safe.
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
  public void warning(String message) {
    Logger log = LoggerFactory.getLogger("linkcheck");
    log.warn(message);
  }

  synchronized List<InputError> errors() {
    return List.copyOf(errors);
  }
}
