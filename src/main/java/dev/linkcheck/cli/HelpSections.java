package dev.linkcheck.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.OptionSpec;

/** Groups {@code --help}'s options into sections by purpose. Stateless. */
final class HelpSections {

  /** Section heading → long option names, in display order; options not listed go last. */
  static final Map<String, List<String>> SECTIONS = new LinkedHashMap<>();

  static {
    SECTIONS.put(
        "Inputs",
        List.of("--extensions", "--no-ignore", "--exclude-path", "--stdin-type", "--config"));
    SECTIONS.put(
        "What to check",
        List.of(
            "--exclude",
            "--include",
            "--offline",
            "--root-dir",
            "--base-url",
            "--remap",
            "--accept",
            "--exclude-private",
            "--exclude-loopback",
            "--exclude-link-local",
            "--include-fragments",
            "--no-local-fragments",
            "--index-files",
            "--max-body-bytes"));
    SECTIONS.put(
        "Network",
        List.of(
            "--timeout",
            "--max-retries",
            "--retry-wait-time",
            "--max-redirects",
            "--max-concurrency",
            "--host-concurrency",
            "--header",
            "--user-agent",
            "--insecure",
            "--cache",
            "--max-cache-age"));
    SECTIONS.put(
        "Output",
        List.of(
            "--format",
            "--output",
            "--dump",
            "--baseline",
            "--quiet",
            "--verbose",
            "--color",
            "--no-progress"));
  }

  private HelpSections() {}

  static void install(CommandLine cmd) {
    cmd.getHelpSectionMap()
        .put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpSections::render);
  }

  private static String render(Help help) {
    StringBuilder b = new StringBuilder();
    List<OptionSpec> options = help.commandSpec().options();
    java.util.Set<OptionSpec> shown = new java.util.HashSet<>();
    for (var section : SECTIONS.entrySet()) {
      Help.Layout layout = help.createDefaultLayout();
      for (String name : section.getValue()) {
        OptionSpec option = help.commandSpec().findOption(name);
        if (option != null && !option.hidden() && shown.add(option)) {
          layout.addOption(option, help.parameterLabelRenderer());
        }
      }
      b.append(String.format("%n%s:%n", section.getKey())).append(layout);
    }
    Help.Layout rest = help.createDefaultLayout();
    for (OptionSpec option : options) {
      if (!option.hidden() && shown.add(option)) {
        rest.addOption(option, help.parameterLabelRenderer());
      }
    }
    b.append(String.format("%nOther:%n")).append(rest);
    return b.toString();
  }
}
