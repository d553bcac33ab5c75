package dev.linkcheck.cli;

import dev.linkcheck.report.Format;
import dev.linkcheck.report.Palette;
import dev.linkcheck.report.ReportStyle;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The "Output" options: what is written where, and how much; {@link #toReportStyle} for report. */
final class OutputArgs {

  /** The colour setting of {@code --color}. */
  enum ColorMode {
    AUTO,
    ALWAYS,
    NEVER
  }

  @Option(
      names = {"-f", "--format"},
      order = 60,
      paramLabel = "FORMAT",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "text")
  Format format;

  @Option(
      names = {"-o", "--output"},
      order = 61,
      paramLabel = "FILE",
      description = "Write the report to FILE (atomically) instead of stdout.")
  Path output;

  @Option(names = "--dump", order = 62, description = "List the extracted links, check nothing.")
  boolean dump;

  @Option(
      names = {"-q", "--quiet"},
      order = 64,
      description = "Print the summary only.")
  boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      order = 65,
      description = "More output: -v info and ok links, -vv debug (every request). Repeatable.")
  boolean[] verbose = new boolean[0];

  @Option(
      names = "--color",
      order = 66,
      paramLabel = "WHEN",
      description = "Colour: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "auto")
  ColorMode color;

  @Option(
      names = "--no-progress",
      order = 67,
      description = "No progress line on stderr, even on a terminal.")
  boolean noProgress;

  @Option(
      names = "--fail-on-blocked",
      order = 68,
      description =
          "Exit 1 when a bot protection answered for a link (status blocked), as for a broken one.")
  boolean failOnBlocked;

  @Option(
      names = "--host-stats",
      order = 69,
      description =
          "Per host at the end: requests, p50/p95 latency, statuses, rate-limit waits (stderr;"
              + " a hosts object with --format json).")
  boolean hostStats;

  void validate() {
    if (dump && !format.dumpable()) {
      throw new UsageError("--dump writes text, json or ndjson, not --format " + format);
    }
    if (output != null && Files.isDirectory(output)) {
      throw new UsageError("--output", "--output: is a directory: " + output);
    }
  }

  int verbosity() {
    return verbose.length;
  }

  /** Whether a progress line is drawn: only on a terminal, and not when asked not to. */
  boolean progress(Environment env) {
    return env.stderrIsTerminal() && !noProgress;
  }

  ReportStyle toReportStyle(Environment env) {
    boolean colour =
        switch (color) {
          case ALWAYS -> true;
          case NEVER -> false;
          case AUTO -> output == null && env.stdoutIsTerminal() && !env.noColor();
        };
    return new ReportStyle(verbosity() > 0, quiet, colour ? new PicocliPalette() : Palette.NONE);
  }
}
