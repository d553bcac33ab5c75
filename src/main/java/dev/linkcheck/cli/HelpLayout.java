package dev.linkcheck.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Lays {@code --help} and the man page out by the headings of the option groups: groups with the
 * same heading share a section, options are listed by their {@code order}, options in no group
 * close the list under "Other". The synopsis lists every option flat, as if there were no groups.
 * Stateless.
 */
final class HelpLayout {

  private HelpLayout() {}

  static void install(CommandLine cmd) {
    cmd.setHelpFactory(FlatSynopsisHelp::new);
    cmd.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpLayout::render);
  }

  /** The visible options of {@code spec} by section heading, ending with an "Other" section. */
  static Map<String, List<OptionSpec>> sections(CommandSpec spec) {
    Map<String, List<OptionSpec>> sections = new LinkedHashMap<>();
    for (ArgGroupSpec group : spec.argGroups()) {
      collect(group, null, sections);
    }
    sections.values().forEach(options -> options.sort(Comparator.comparingInt(OptionSpec::order)));
    Map<String, List<OptionSpec>> ordered = new LinkedHashMap<>();
    sections.entrySet().stream()
        .sorted(Comparator.comparingInt(e -> e.getValue().getFirst().order()))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    ordered.put(
        "Other", spec.options().stream().filter(o -> !o.hidden() && o.group() == null).toList());
    return ordered;
  }

  private static void collect(
      ArgGroupSpec group, String inherited, Map<String, List<OptionSpec>> sections) {
    String heading = group.heading() == null ? inherited : group.heading();
    for (OptionSpec option : group.options()) {
      if (!option.hidden()) {
        sections.computeIfAbsent(heading, h -> new ArrayList<>()).add(option);
      }
    }
    for (ArgGroupSpec sub : group.subgroups()) {
      collect(sub, heading, sections);
    }
  }

  private static String render(Help help) {
    StringBuilder b = new StringBuilder();
    for (var section : sections(help.commandSpec()).entrySet()) {
      Help.Layout layout = help.createDefaultLayout();
      for (OptionSpec option : section.getValue()) {
        layout.addOption(option, help.parameterLabelRenderer());
      }
      b.append(String.format("%n%s:%n", section.getKey())).append(layout);
    }
    return b.toString();
  }

  /** Groups are a layout of the help, not a rule of use: the synopsis does not show them. */
  private static final class FlatSynopsisHelp extends Help {
    FlatSynopsisHelp(CommandSpec spec, ColorScheme colors) {
      super(spec, colors);
    }

    @Override
    protected Ansi.Text createDetailedSynopsisGroupsText(Set<ArgSpec> outparamGroupArgs) {
      return colorScheme().ansi().new Text(0);
    }
  }
}
