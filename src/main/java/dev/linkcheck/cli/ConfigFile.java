package dev.linkcheck.cli;

import dev.linkcheck.check.HostRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A {@code linkcheck.toml} file: any option under its long name ({@code max-retries = 3}, {@code
 * exclude = ["regex"]}, {@code offline = true}), turned into command-line arguments that go before
 * the real ones so that flags given on the command line win; the file is read once and parsed with
 * the command line. {@code [hosts."NAME"]} tables are per-host rules ({@link HostRulesFile}), not
 * options. Unknown keys and bad values are errors naming the file, line and key.
 */
final class ConfigFile {

  static final List<String> NAMES = List.of("linkcheck.toml", ".linkcheck.toml");

  /** Keys that make no sense in a file. */
  private static final Set<String> NOT_CONFIGURABLE =
      Set.of("help", "version", "config", "completion", "man", "dump");

  /** One key's arguments and where it was written. */
  record Entry(String key, int line, List<String> args) {}

  private ConfigFile() {}

  /**
   * The config file to read: {@code --config FILE} when given, else the first of {@link #NAMES} in
   * the working directory.
   *
   * @throws UsageError when {@code --config} names a file that does not exist
   */
  static Optional<Path> locate(String[] args, Path workingDir) {
    for (int i = 0; i < args.length; i++) {
      String given = null;
      if (args[i].equals("--config") && i + 1 < args.length) {
        given = args[i + 1];
      } else if (args[i].startsWith("--config=")) {
        given = args[i].substring("--config=".length());
      } else if (args[i].equals("--")) {
        break;
      }
      if (given != null) {
        Path path = workingDir.resolve(given);
        if (!Files.isRegularFile(path)) {
          throw new UsageError("--config: file not found: " + given);
        }
        return Optional.of(path);
      }
    }
    return NAMES.stream().map(workingDir::resolve).filter(Files::isRegularFile).findFirst();
  }

  /**
   * Reads {@code file} into one entry per key, in file order; the keys are looked up in {@code
   * spec}.
   *
   * @throws UsageError for a syntax error, an unknown key or a value of the wrong kind
   */
  static Settings read(Path file, CommandSpec spec) {
    TomlParseResult toml;
    try {
      toml = Toml.parse(file);
    } catch (IOException e) {
      throw new UsageError(file + ": cannot read: " + e.getMessage());
    }
    if (!toml.errors().isEmpty()) {
      TomlParseError error = toml.errors().getFirst();
      throw new UsageError(
          where(file, error.position()) + ": " + error.getMessage().replaceAll(" \\(line.*", ""));
    }
    HostRules hosts = HostRulesFile.read(toml, file);
    List<Entry> entries = new ArrayList<>();
    for (String key : toml.keySet()) {
      if (key.equals(HostRulesFile.TABLE)) {
        continue;
      }
      // As one key, not a dotted path: "http1.1" = true names --http1.1.
      TomlPosition position = toml.inputPositionOf(List.of(key));
      Object value = toml.get(List.of(key));
      OptionSpec option = NOT_CONFIGURABLE.contains(key) ? null : spec.findOption("--" + key);
      // Unquoted, http1.1 = true is the table http1 = {1 = true} to TOML.
      if (option == null && value instanceof TomlTable t && t.size() == 1) {
        String rest = t.keySet().iterator().next();
        option = spec.findOption("--" + key + "." + rest);
        value = t.get(List.of(rest));
      }
      if (option == null) {
        throw new UsageError(where(file, position) + ": unknown key '" + key + "'");
      }
      List<String> args;
      try {
        args = args(option, value);
      } catch (UsageError e) {
        throw new UsageError(where(file, position) + ": " + key + ": " + e.getMessage());
      }
      entries.add(new Entry(key, position == null ? 0 : position.line(), args));
    }
    entries.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return new Settings(file, entries, hosts);
  }

  /** Arguments for one key; throws for a value of a kind the option cannot take. */
  private static List<String> args(OptionSpec option, Object value) {
    String name = option.longestName();
    List<String> args = new ArrayList<>();
    if (value instanceof TomlArray array) {
      if (!option.isMultiValue()) {
        throw new UsageError("takes a single value, not a list");
      }
      for (int i = 0; i < array.size(); i++) {
        args.add(name + "=" + scalar(array.get(i)));
      }
    } else if (option.arity().max() == 0) {
      if (!(value instanceof Boolean flag)) {
        throw new UsageError("expected true or false");
      }
      if (option.type() == boolean[].class) {
        throw new UsageError("not configurable");
      }
      if (flag) {
        args.add(name);
      }
    } else {
      args.add(name + "=" + scalar(value));
    }
    return args;
  }

  private static String scalar(Object value) {
    return switch (value) {
      case String s -> s;
      case Long n -> n.toString();
      case Double d -> d.toString();
      case Boolean b -> b.toString();
      default -> throw new UsageError("unsupported value " + value);
    };
  }

  /**
   * The entries of one file, in file order, whose arguments go before the command line's, and its
   * per-host rules.
   */
  record Settings(Path file, List<Entry> entries, HostRules hostRules) {

    static final Settings NONE = new Settings(null, List.of(), HostRules.none());

    List<String> args() {
      return entries.stream().flatMap(e -> e.args().stream()).toList();
    }

    /**
     * {@code message} prefixed with the file, line and key it came from, when it is about {@code
     * option} and the value at fault is the file's: {@code value} is the rejected value, or null
     * when the final value is at fault, which is the file's unless the command line sets it too.
     */
    String blame(String message, OptionSpec option, String value, List<String> commandLine) {
      String key = option.longestName().substring(2);
      for (Entry entry : entries) {
        boolean fromFile =
            value != null
                ? entry.args().contains(option.longestName() + "=" + value)
                : commandLine.stream().noneMatch(arg -> names(option, arg));
        if (entry.key().equals(key) && fromFile) {
          return file.getFileName() + ":" + entry.line() + ": " + key + ": " + message;
        }
      }
      return message;
    }

    private static boolean names(OptionSpec option, String arg) {
      for (String name : option.names()) {
        if (arg.equals(name)
            || arg.startsWith(name + "=")
            || (name.length() == 2 && arg.startsWith(name))) {
          return true;
        }
      }
      return false;
    }
  }

  private static String where(Path file, TomlPosition position) {
    return file.getFileName() + (position == null ? "" : ":" + position.line());
  }
}
