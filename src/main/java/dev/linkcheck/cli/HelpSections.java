package dev.linkcheck.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
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
            "--site",
            "--fallback-extensions",
            "--skip-fragment",
            "--fragments-ignore-case",
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

  /** The visible options of {@code spec} by section heading, ending with an "Other" section. */
  static Map<String, List<OptionSpec>> grouped(CommandSpec spec) {
    Map<String, List<OptionSpec>> groups = new LinkedHashMap<>();
    Set<OptionSpec> shown = new HashSet<>();
    for (var section : SECTIONS.entrySet()) {
      List<OptionSpec> options = new ArrayList<>();
      for (String name : section.getValue()) {
        OptionSpec option = spec.findOption(name);
        if (option != null && !option.hidden() && shown.add(option)) {
          options.add(option);
        }
      }
      groups.put(section.getKey(), options);
    }
    groups.put("Other", spec.options().stream().filter(o -> !o.hidden() && shown.add(o)).toList());
    return groups;
  }

  private static String render(Help help) {
    StringBuilder b = new StringBuilder();
    for (var group : grouped(help.commandSpec()).entrySet()) {
      Help.Layout layout = help.createDefaultLayout();
      for (OptionSpec option : group.getValue()) {
        layout.addOption(option, help.parameterLabelRenderer());
      }
      b.append(String.format("%n%s:%n", group.getKey())).append(layout);
    }
    return b.toString();
  }
}
