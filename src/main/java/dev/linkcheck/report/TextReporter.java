package dev.linkcheck.report;

import dev.linkcheck.model.InputError;
import dev.linkcheck.model.Outcome;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The terminal report: failures grouped under their input file (files sorted, links by line and
 * column), then one summary line. Stateless and thread-safe.
 */
final class TextReporter implements Reporter {

  private final ReportStyle style;
  private final Ansi ansi;

  TextReporter(ReportStyle style) {
    this.style = style;
    this.ansi = new Ansi(style.color());
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
        Occurrence.of(report, e -> style.verbose() || e.result().outcome().isFailure());
    String file = null;
    for (Occurrence line : lines) {
      if (!line.at().file().equals(file)) {
        if (file != null) {
          out.println();
        }
        file = line.at().file();
        out.println(ansi.bold(file));
      }
      Outcome outcome = line.entry().result().outcome();
      out.println(
          "  "
              + ansi.dim(line.at().line() + ":" + line.at().column())
              + "  "
              + colour(outcome, OutcomeText.verdict(outcome))
              + "  "
              + line.entry().result().displayUrl());
    }
    if (!lines.isEmpty()) {
      out.println();
    }
  }

  private void writeInputErrors(List<InputError> errors, PrintWriter out) {
    if (errors.isEmpty()) {
      return;
    }
    out.println(ansi.bold("unreadable inputs"));
    for (InputError error : errors) {
      out.println("  " + error.file() + ": " + ansi.red(error.message()));
    }
    out.println();
  }

  private String colour(Outcome outcome, String text) {
    return switch (outcome) {
      case Outcome.Ok o -> ansi.green(text);
      case Outcome.Redirected r -> ansi.green(text);
      case Outcome.Broken b -> ansi.red(text);
      case Outcome.Timeout t -> ansi.red(text);
      case Outcome.Error e -> ansi.red(text);
      case Outcome.Excluded x -> ansi.dim(text);
      case Outcome.Skipped s -> ansi.dim(text);
    };
  }

  private String summary(Report report) {
    Summary s = report.summary();
    StringBuilder b = new StringBuilder();
    b.append(s.links())
        .append(s.links() == 1 ? " link" : " links")
        .append(" (")
        .append(s.unique())
        .append(" unique) in ")
        .append(s.files())
        .append(s.files() == 1 ? " file: " : " files: ");
    b.append(s.ok()).append(" ok, ").append(s.redirected()).append(" redirected, ");
    String failures = s.broken() + " broken, " + s.timeout() + " timeout, " + s.error() + " error";
    b.append(s.failures() > 0 ? ansi.red(failures) : failures);
    b.append(", ")
        .append(s.excluded())
        .append(" excluded, ")
        .append(s.skipped())
        .append(" skipped");
    if (!report.inputErrors().isEmpty()) {
      int n = report.inputErrors().size();
      b.append(", ").append(ansi.red(n + (n == 1 ? " unreadable input" : " unreadable inputs")));
    }
    b.append(String.format(Locale.ROOT, " (%.1fs)", s.durationMs() / 1000.0));
    if (s.interrupted()) {
      b.append(" — interrupted");
    }
    return b.toString();
  }
}
