package dev.linkcheck.report;

import dev.linkcheck.model.InputError;
import dev.linkcheck.model.Outcome;
import java.io.PrintWriter;

/**
 * GitHub Actions workflow commands: one {@code ::error file=…,line=…,col=…::…} per failing
 * occurrence, so each shows as an annotation on the pull request, then a {@code ::notice} summary.
 */
final class GithubReporter implements Reporter {

  @Override
  public void write(Report report, PrintWriter out) {
    for (Occurrence o : Occurrence.failing(report)) {
      annotate("error", o, out);
    }
    // Known failures and blocked links stay visible on the pull request without failing it.
    for (Occurrence o : Occurrence.warnings(report)) {
      annotate("warning", o, out);
    }
    for (InputError error : report.inputErrors()) {
      out.println(
          "::error file="
              + property(error.file())
              + ",title="
              + property("linkcheck: unreadable input")
              + "::"
              + data(error.message()));
    }
    Summary s = report.summary();
    out.println(
        "::notice title=linkcheck::"
            + data(s.counts(failing -> failing) + (s.interrupted() ? " (interrupted)" : "")));
    out.flush();
  }

  private static void annotate(String command, Occurrence o, PrintWriter out) {
    out.println(
        "::"
            + command
            + " file="
            + property(o.at().file())
            + ",line="
            + o.at().line()
            + ",col="
            + o.at().column()
            + ",title="
            + property("linkcheck: " + title(o.entry().result().outcome()) + " link")
            + "::"
            + data(
                OutcomeText.verdict(o.entry().result())
                    + " "
                    + o.entry().result().displayUrl()
                    + hintLine(o.entry().result())));
  }

  private static String hintLine(dev.linkcheck.model.CheckResult result) {
    String hint = OutcomeText.hint(result);
    return hint == null ? "" : "\nhint: " + hint;
  }

  private static String title(Outcome outcome) {
    return outcome instanceof Outcome.Known k ? "known " + k.failure().status() : outcome.status();
  }

  /** Escapes a command's message as the Actions runner expects. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a command property value: also {@code :} and {@code ,}, which delimit properties. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
