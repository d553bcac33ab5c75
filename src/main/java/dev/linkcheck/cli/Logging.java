package dev.linkcheck.cli;

/**
 * Configures slf4j-simple from the verbosity before the first logger exists: warnings by default,
 * {@code -v} info, {@code -vv} debug, always to stderr. Not thread-safe; call once at start.
 */
final class Logging {

  private Logging() {}

  static void configure(int verbosity) {
    String level =
        switch (Math.min(verbosity, 2)) {
          case 0 -> "warn";
          case 1 -> "info";
          default -> "debug";
        };
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
    System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
    System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "true");
  }
}
