package dev.linkcheck.model;

/**
 * Receives problems found while reading inputs, so that the run goes on with the rest.
 * Implementations must be thread-safe.
 */
public interface Diagnostics {

  /**
   * The input named {@code file} was not read, or not read whole (invalid UTF-8 replaced); it is
   * reported and makes the run fail.
   */
  void inputError(String file, String message);

  /** Something the user should know that does not fail the run (e.g. invalid UTF-8 replaced). */
  void warning(String message);
}
