package dev.linkcheck.cli;

import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Renders a roff man page, section 1, from the picocli model of the command. Stateless. */
final class ManPage {

  private ManPage() {}

  static String render(CommandSpec spec, String version) {
    StringBuilder b = new StringBuilder();
    b.append(".TH LINKCHECK 1 \"\" \"linkcheck ").append(version).append("\" \"User Commands\"\n");
    b.append(".SH NAME\nlinkcheck \\- ")
        .append(roff(String.join(" ", spec.usageMessage().description()).strip()))
        .append('\n');
    b.append(".SH SYNOPSIS\n.B linkcheck\n[\\fIOPTIONS\\fR] \\fIINPUT\\fR...\n");
    b.append(".SH DESCRIPTION\n")
        .append(
            roff(
                "INPUT is a file, a folder (walked recursively), a glob, or - for standard input."
                    + " Markdown (.md, .markdown), HTML (.html, .htm) and plain-text URL lists are"
                    + " read; each unique URL is checked once and every failure is reported with"
                    + " the file, line and column where it is written."))
        .append('\n');
    for (var group : HelpLayout.sections(spec).entrySet()) {
      b.append(".SH ").append(roff(group.getKey().toUpperCase(java.util.Locale.ROOT)));
      b.append(" OPTIONS\n");
      for (OptionSpec option : group.getValue()) {
        b.append(".TP\n").append(optionHeading(option)).append('\n');
        b.append(roff(String.join(" ", option.description()))).append('\n');
      }
    }
    b.append(".SH EXIT STATUS\n");
    for (String line : spec.usageMessage().footer()) {
      if (line.isBlank()) {
        break;
      }
      String[] parts = line.strip().split("\\s+", 2);
      b.append(".TP\n.B ").append(parts[0]).append('\n').append(roff(parts[1])).append('\n');
    }
    b.append(".SH EXAMPLES\n");
    boolean examples = false;
    for (String line : spec.usageMessage().footer()) {
      if (line.startsWith("Examples")) {
        examples = true;
      } else if (examples && !line.isBlank()) {
        b.append(".PP\n.nf\n").append(roff(line.strip())).append("\n.fi\n");
      }
    }
    b.append(".SH SEE ALSO\nThe README of the linkcheck repository.\n");
    return b.toString();
  }

  private static String optionHeading(OptionSpec option) {
    String names =
        java.util.Arrays.stream(option.names())
            .map(n -> "\\fB" + roff(n) + "\\fR")
            .collect(Collectors.joining(", "));
    return option.arity().max() > 0 ? names + " \\fI" + roff(option.paramLabel()) + "\\fR" : names;
  }

  /** Escapes text for roff: backslashes, leading dots and quotes, and hyphens. */
  static String roff(String text) {
    String t = text.replace("\\", "\\e").replace("-", "\\-");
    return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
  }
}
