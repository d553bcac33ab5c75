package dev.linkcheck.report;

/** Report formats selectable with {@code --format}; names are the command-line values. */
public enum Format {
  TEXT,
  JSON
}
