package dev.linkcheck.report;

import dev.linkcheck.model.InputError;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** A Markdown report ready to paste into an issue: a summary, then a table of failures. */
final class MarkdownReporter implements Reporter {

  @Override
  public void write(Report report, PrintWriter out) {
    Summary s = report.summary();
    out.println("## linkcheck report");
    out.println();
    out.printf(
        Locale.ROOT,
        "%s (%.1fs)%s%n",
        s.counts(failing -> "**" + failing + "**"),
        s.durationMs() / 1000.0,
        s.interrupted() ? " — interrupted" : "");
    List<Occurrence> failing = Occurrence.failing(report);
    out.println();
    if (failing.isEmpty()) {
      out.println("No broken links.");
    } else {
      table(failing, out);
    }
    List<Occurrence> blocked = Occurrence.blocked(report);
    if (!blocked.isEmpty()) {
      out.println();
      out.println("### Blocked (a bot protection answered; nobody saw the page)");
      out.println();
      table(blocked, out);
    }
    List<Occurrence> known = Occurrence.known(report);
    if (!known.isEmpty()) {
      out.println();
      out.println("### Known failures (already in the baseline)");
      out.println();
      table(known, out);
    }
    if (!report.inputErrors().isEmpty()) {
      out.println();
      out.println("### Unreadable inputs");
      out.println();
      for (InputError error : report.inputErrors()) {
        out.println("- " + code(error.file()) + ": " + escape(error.message()));
      }
    }
    out.flush();
  }

  private static void table(List<Occurrence> rows, PrintWriter out) {
    out.println("| File | Line:Col | Problem | URL |");
    out.println("| --- | --- | --- | --- |");
    for (Occurrence o : rows) {
      out.println(
          "| "
              + cell(o.at().file())
              + " | "
              + o.at().line()
              + ":"
              + o.at().column()
              + " | "
              + cell(OutcomeText.verdict(o.entry().result()))
              + " | "
              + cell(o.entry().result().displayUrl())
              + " |");
    }
  }

  /** A table cell: code spans keep URLs and paths literal; pipes would end the cell. */
  private static String cell(String text) {
    return code(text).replace("|", "\\|");
  }

  private static String code(String text) {
    String fence = text.contains("`") ? "`` " : "`";
    String close = text.contains("`") ? " ``" : "`";
    return fence + text.replace("\n", " ") + close;
  }

  private static String escape(String text) {
    return text.replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1");
  }
}
