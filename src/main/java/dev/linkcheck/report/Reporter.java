package dev.linkcheck.report;

import java.io.PrintWriter;

/** Writes a finished report in one format. Implementations are stateless and thread-safe. */
public interface Reporter {

  void write(Report report, PrintWriter out);

  /** The reporter for {@code format}. */
  static Reporter of(Format format, ReportStyle style) {
    return switch (format) {
      case TEXT -> new TextReporter(style);
      case JSON -> new JsonReporter();
    };
  }
}
