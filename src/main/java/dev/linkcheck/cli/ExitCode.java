package dev.linkcheck.cli;

/** The exit codes of the contract. */
final class ExitCode {
  static final int OK = 0;
  static final int FAILURES = 1;
  static final int USAGE = 2;
  static final int INTERNAL = 3;
  static final int INTERRUPTED = 130;

  /** The reader of standard output went away: what a shell shows for a death by SIGPIPE. */
  static final int BROKEN_PIPE = 141;

  private ExitCode() {}
}
