package dev.linkcheck.report;

import java.io.PrintWriter;

/**
 * Writes a report in one format. Implementations are thread-safe: {@link #result} is called from
 * many threads while a run goes on, {@link #write} once at its end.
 */
public interface Reporter {

  /** One unique target is final; streaming formats write it now, the others ignore it. */
  default void result(ReportEntry entry, PrintWriter out) {}

  /** The run is over (or interrupted): write the report, or what a stream still lacks. */
  void write(Report report, PrintWriter out);

  /**
   * Whether {@link #write} carries {@link Report#hosts} (JSON's {@code hosts} object); when not,
   * {@code --host-stats} goes to stderr as {@link HostStatsText} lines.
   */
  default boolean writesHostStats() {
    return false;
  }

  /** The reporter for {@code format}. */
  static Reporter of(Format format, ReportStyle style) {
    return switch (format) {
      case TEXT -> new TextReporter(style);
      case JSON -> new JsonReporter();
      case NDJSON -> new NdjsonReporter();
      case MARKDOWN -> new MarkdownReporter();
      case GITHUB -> new GithubReporter();
      case JUNIT -> new JunitReporter();
      case SARIF -> new SarifReporter();
    };
  }
}
