package dev.linkcheck.cli;

import dev.linkcheck.collect.CollectOptions;
import dev.linkcheck.model.DocumentType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** The "Inputs" options: which files are read and how; {@link #toCollectOptions} for collect. */
final class InputArgs {

  /** The values of {@code --stdin-type}. */
  enum StdinType {
    MARKDOWN(DocumentType.MARKDOWN),
    HTML(DocumentType.HTML),
    TEXT(DocumentType.TEXT);

    final DocumentType type;

    StdinType(DocumentType type) {
      this.type = type;
    }
  }

  @Option(
      names = "--extensions",
      order = 10,
      paramLabel = "EXT[,EXT...]",
      split = ",",
      description = "File extensions taken from walked folders (default: md,markdown,html,htm).")
  List<String> extensions = new ArrayList<>(List.of("md", "markdown", "html", "htm"));

  @Option(
      names = "--no-ignore",
      order = 11,
      description = "Do not honour .gitignore files in walked folders.")
  boolean noIgnore;

  @Option(
      names = "--exclude-path",
      order = 12,
      paramLabel = "REGEX",
      description = "Skip input files whose path matches REGEX. Repeatable.",
      converter = Converters.Regex.class)
  List<Pattern> excludePaths = new ArrayList<>();

  @Option(
      names = "--stdin-type",
      order = 13,
      paramLabel = "TYPE",
      description =
          "How to parse standard input: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "markdown")
  StdinType stdinType = StdinType.MARKDOWN;

  // Read before parsing by ConfigFile.locate; declared here for --help and for the misuse checks.
  @Option(
      names = "--config",
      order = 14,
      paramLabel = "FILE",
      description = "Read options from FILE (default: ./linkcheck.toml or ./.linkcheck.toml).")
  Path config;

  CollectOptions toCollectOptions(Environment env) {
    Set<String> exts = new LinkedHashSet<>();
    for (String e : extensions) {
      String ext = e.strip().toLowerCase(Locale.ROOT);
      exts.add(ext.startsWith(".") ? ext.substring(1) : ext);
    }
    return new CollectOptions(
        exts, !noIgnore, excludePaths, stdinType.type, env.stdin(), env.workingDir());
  }
}
