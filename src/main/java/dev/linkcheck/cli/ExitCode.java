package dev.linkcheck.cli;

/** The exit codes of the contract. */
final class ExitCode {
  static final int OK = 0;
  static final int FAILURES = 1;
  static final int USAGE = 2;
  static final int INTERNAL = 3;
  static final int INTERRUPTED = 130;

  private ExitCode() {}
}
