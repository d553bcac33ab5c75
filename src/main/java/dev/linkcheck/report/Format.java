package dev.linkcheck.report;

/** Report formats selectable with {@code --format}; names are the command-line values. */
public enum Format {
  TEXT,
  JSON,
  NDJSON,
  MARKDOWN,
  GITHUB,
  JUNIT,
  SARIF;

  /** True for the formats {@code --dump} can write. */
  public boolean dumpable() {
    return switch (this) {
      case TEXT, JSON, NDJSON -> true;
      case MARKDOWN, GITHUB, JUNIT, SARIF -> false;
    };
  }
}
