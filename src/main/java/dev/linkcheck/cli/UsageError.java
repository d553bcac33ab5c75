package dev.linkcheck.cli;

import java.util.Optional;

/**
 * The one usage error (exit 2): a problem with what the user asked for, naming the option it is
 * about when there is one, so that a value read from a config file can be traced to its line.
 */
final class UsageError extends RuntimeException {

  private final String option;

  UsageError(String message) {
    this(null, message);
  }

  /** An error about the value of {@code option} (its long name, e.g. {@code --timeout}). */
  UsageError(String option, String message) {
    super(message);
    this.option = option;
  }

  /** The long name of the option whose value is wrong, if the error is about one. */
  Optional<String> option() {
    return Optional.ofNullable(option);
  }
}
