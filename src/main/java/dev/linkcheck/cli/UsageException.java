package dev.linkcheck.cli;

/** A problem with what the user asked for, outside picocli's parsing (config files): exit 2. */
final class UsageException extends Exception {

  UsageException(String message) {
    super(message);
  }
}
