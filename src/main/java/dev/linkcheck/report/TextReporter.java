package dev.linkcheck.report;

import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.InputError;
import dev.linkcheck.model.Outcome;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The terminal report: failures grouped under their input file (files sorted, links by line and
 * column), then one summary line; without colour each verdict begins with its word ({@code ok},
 * {@code broken}, ...). Stateless and thread-safe.
 */
final class TextReporter implements Reporter {

  private final ReportStyle style;
  private final Palette palette;

  TextReporter(ReportStyle style) {
    this.style = style;
    this.palette = style.palette();
  }

  @Override
  public void write(Report report, PrintWriter out) {
    if (!style.quiet()) {
      writeLinks(report, out);
      writeInputErrors(report.inputErrors(), out);
    }
    out.println(summary(report));
    out.flush();
  }

  private void writeLinks(Report report, PrintWriter out) {
    List<Occurrence> lines =
        Occurrence.of(report, e -> style.verbose() || e.result().outcome().kind().isShown());
    String file = null;
    for (Occurrence line : lines) {
      if (!line.at().file().equals(file)) {
        if (file != null) {
          out.println();
        }
        file = line.at().file();
        out.println(palette.paint(Palette.Role.HEADING, file));
      }
      CheckResult result = line.entry().result();
      out.println(
          "  "
              + palette.paint(Palette.Role.QUIET, line.at().line() + ":" + line.at().column())
              + "  "
              + colour(result.outcome(), verdict(result))
              + "  "
              + result.displayUrl());
      String hint = OutcomeText.hint(line.entry().result());
      if (hint != null) {
        out.println("      " + palette.paint(Palette.Role.QUIET, "hint: " + hint));
      }
    }
    if (!lines.isEmpty()) {
      out.println();
    }
  }

  private void writeInputErrors(List<InputError> errors, PrintWriter out) {
    if (errors.isEmpty()) {
      return;
    }
    out.println(palette.paint(Palette.Role.HEADING, "unreadable inputs"));
    for (InputError error : errors) {
      out.println(
          "  " + error.file() + ": " + palette.paint(Palette.Role.FAILURE, error.message()));
    }
    out.println();
  }

  /**
   * The verdict in colour, or led by its word ({@code ok}, {@code broken}) without; {@code
   * (cached)} when it came from {@code --cache}.
   */
  private String verdict(CheckResult result) {
    String verdict = style.color() ? OutcomeText.verdict(result) : OutcomeText.labelled(result);
    return result.cached() ? verdict + " (cached)" : verdict;
  }

  private String colour(Outcome outcome, String text) {
    Palette.Role role =
        switch (outcome) {
          case Outcome.Ok o -> Palette.Role.SUCCESS;
          case Outcome.Redirected r -> Palette.Role.SUCCESS;
          case Outcome.Broken b -> Palette.Role.FAILURE;
          case Outcome.Blocked b -> Palette.Role.WARNING;
          case Outcome.Timeout t -> Palette.Role.FAILURE;
          case Outcome.Error e -> Palette.Role.FAILURE;
          case Outcome.Excluded x -> Palette.Role.QUIET;
          case Outcome.Skipped s -> Palette.Role.QUIET;
          case Outcome.Known k -> Palette.Role.KNOWN;
        };
    return palette.paint(role, text);
  }

  private String summary(Report report) {
    Summary s = report.summary();
    StringBuilder b =
        new StringBuilder(
            s.counts(
                failing ->
                    s.failures() > 0 ? palette.paint(Palette.Role.FAILURE, failing) : failing));
    if (!report.inputErrors().isEmpty()) {
      int n = report.inputErrors().size();
      b.append(", ")
          .append(
              palette.paint(
                  Palette.Role.FAILURE, n + (n == 1 ? " unreadable input" : " unreadable inputs")));
    }
    b.append(String.format(Locale.ROOT, " (%.1fs)", s.durationMs() / 1000.0));
    if (s.interrupted()) {
      b.append(" — interrupted");
    }
    return b.toString();
  }
}
