package dev.linkcheck.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Shell completion scripts (bash, zsh, fish) written from the command model: files and folders for
 * INPUT and file options, folders for {@code DIR}, enum values in lower case as the README writes
 * them, and nothing after a flag that takes no value ({@code -v}). Stateless.
 */
final class Completion {

  /** What completes an option's value. */
  private enum Value {
    NONE,
    FREE,
    FILE,
    DIR,
    CHOICE
  }

  /** One visible option as the scripts need it. */
  private record Opt(
      List<String> names, Value value, List<String> choices, boolean repeatable, String help) {

    String shortName() {
      return names.stream().filter(n -> !n.startsWith("--")).findFirst().orElse(null);
    }

    String longName() {
      return names.stream().filter(n -> n.startsWith("--")).findFirst().orElse(null);
    }
  }

  private Completion() {}

  /** The script for {@code shell}: {@code bash}, {@code zsh} or {@code fish}. */
  static String script(CommandLine cmd, String shell) {
    List<Opt> opts = options(cmd);
    return switch (shell.toLowerCase(Locale.ROOT)) {
      case "zsh" -> zsh(opts);
      case "fish" -> fish(opts);
      default -> bash(opts);
    };
  }

  private static List<Opt> options(CommandLine cmd) {
    List<Opt> opts = new ArrayList<>();
    for (OptionSpec o : cmd.getCommandSpec().options()) {
      if (o.hidden()) {
        continue;
      }
      List<String> choices = new ArrayList<>();
      Value value;
      Class<?> type = o.type();
      if (o.arity().max() == 0 || type == boolean.class || type == Boolean.class) {
        value = Value.NONE;
      } else if (o.completionCandidates() != null
          && o.completionCandidates().iterator().hasNext()) {
        o.completionCandidates().forEach(c -> choices.add(c.toLowerCase(Locale.ROOT)));
        value = Value.CHOICE;
      } else if (type == Path.class || type == File.class) {
        value = "DIR".equals(o.paramLabel()) ? Value.DIR : Value.FILE;
      } else {
        value = Value.FREE;
      }
      String[] description = o.description();
      String help = description.length == 0 ? "" : firstSentence(description[0]);
      opts.add(new Opt(List.of(o.names()), value, choices, o.isMultiValue(), help));
    }
    return opts;
  }

  /** The description up to its first full stop, colon, example or parenthesis. */
  private static String firstSentence(String text) {
    int end = text.length();
    for (String stop : List.of(". ", ": ", ", e.g", " (")) {
      int i = text.indexOf(stop);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    String s = text.substring(0, end);
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static String bash(List<Opt> opts) {
    StringBuilder b = new StringBuilder();
    b.append("# bash completion for linkcheck: source it, or put it in")
        .append(" ~/.local/share/bash-completion/completions/linkcheck\n")
        .append("_linkcheck() {\n")
        .append("  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n")
        .append("  case $prev in\n");
    for (Opt o : opts) {
      if (o.value() == Value.NONE) {
        continue;
      }
      b.append("    ").append(String.join("|", o.names())).append(")\n      ");
      b.append(
          switch (o.value()) {
            case CHOICE ->
                "COMPREPLY=($(compgen -W '" + String.join(" ", o.choices()) + "' -- \"$cur\"))";
            case FILE -> "compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\"))";
            case DIR -> "compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- \"$cur\"))";
            case FREE, NONE -> "COMPREPLY=()";
          });
      b.append("\n      return ;;\n");
    }
    String all = opts.stream().flatMap(o -> o.names().stream()).collect(Collectors.joining(" "));
    b.append("  esac\n")
        .append("  if [[ $cur == -* ]]; then\n")
        .append("    COMPREPLY=($(compgen -W '")
        .append(all)
        .append("' -- \"$cur\"))\n")
        .append("  else\n")
        .append("    # INPUT: files, folders (walked) or globs\n")
        .append("    compopt -o filenames 2>/dev/null\n")
        .append("    COMPREPLY=($(compgen -f -- \"$cur\"))\n")
        .append("  fi\n")
        .append("}\n")
        .append("complete -F _linkcheck linkcheck\n");
    return b.toString();
  }

  private static String zsh(List<Opt> opts) {
    StringBuilder b = new StringBuilder();
    b.append("#compdef linkcheck\n")
        .append("# zsh completion for linkcheck: put it in a folder of $fpath as _linkcheck,")
        .append(" or source it\n")
        .append("_linkcheck() {\n")
        .append("  _arguments -s -S \\\n");
    for (Opt o : opts) {
      String help = "[" + zshEscape(o.help()) + "]";
      String action =
          switch (o.value()) {
            case NONE -> "";
            case FREE -> ":" + label(o) + ": ";
            case FILE -> ":" + label(o) + ":_files";
            case DIR -> ":" + label(o) + ":_files -/";
            case CHOICE -> ":" + label(o) + ":(" + String.join(" ", o.choices()) + ")";
          };
      String exclusive = o.repeatable() ? "*" : "(" + String.join(" ", o.names()) + ")";
      if (o.names().size() == 1) {
        b.append("    '").append(o.repeatable() ? "*" : "").append(o.names().getFirst());
      } else {
        b.append("    '").append(exclusive).append("'{").append(String.join(",", o.names()));
        b.append("}'");
      }
      b.append(help).append(action).append("' \\\n");
    }
    b.append("    '*:INPUT:_files'\n")
        .append("}\n")
        .append("if [ \"$funcstack[1]\" = \"_linkcheck\" ]; then\n")
        .append("  _linkcheck \"$@\"\n")
        .append("else\n")
        .append("  compdef _linkcheck linkcheck\n")
        .append("fi\n");
    return b.toString();
  }

  private static String label(Opt o) {
    return o.longName() == null ? "value" : o.longName().substring(2);
  }

  private static String zshEscape(String s) {
    return s.replace("'", "'\\''").replace("[", "\\[").replace("]", "\\]").replace(":", "\\:");
  }

  private static String fish(List<Opt> opts) {
    StringBuilder b = new StringBuilder();
    b.append("# fish completion for linkcheck: put it in")
        .append(" ~/.config/fish/completions/linkcheck.fish\n")
        .append("# INPUT is completed with files and folders, fish's default.\n");
    for (Opt o : opts) {
      b.append("complete -c linkcheck");
      String shortName = o.shortName();
      String longName = o.longName();
      if (shortName != null) {
        b.append(" -s ").append(shortName.substring(1));
      }
      if (longName != null) {
        b.append(" -l ").append(longName.substring(2));
      }
      b.append(
          switch (o.value()) {
            case NONE -> "";
            case FREE -> " -x";
            case FILE -> " -r -F";
            case DIR -> " -x -a '(__fish_complete_directories)'";
            case CHOICE -> " -x -a '" + String.join(" ", o.choices()) + "'";
          });
      b.append(" -d '").append(o.help().replace("\\", "\\\\").replace("'", "\\'")).append("'\n");
    }
    return b.toString();
  }
}
