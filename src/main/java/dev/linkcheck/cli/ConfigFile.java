package dev.linkcheck.cli;

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
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A {@code linkcheck.toml} file: any option under its long name ({@code max-retries = 3}, {@code
 * exclude = ["regex"]}, {@code offline = true}), turned into command-line arguments that go before
 * the real ones so that flags given on the command line win. Unknown keys and bad values are errors
 * naming the file, line and key. Stateless.
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
   * @throws UsageException when {@code --config} names a file that does not exist
   */
  static Optional<Path> locate(String[] args, Path workingDir) throws UsageException {
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
          throw new UsageException("--config: file not found: " + given);
        }
        return Optional.of(path);
      }
    }
    return NAMES.stream().map(workingDir::resolve).filter(Files::isRegularFile).findFirst();
  }

  /**
   * Reads {@code file} into one entry per key, in file order.
   *
   * @throws UsageException for a syntax error, an unknown key or a value of the wrong kind
   */
  static List<Entry> read(Path file, CommandSpec spec) throws UsageException {
    TomlParseResult toml;
    try {
      toml = Toml.parse(file);
    } catch (IOException e) {
      throw new UsageException(file + ": cannot read: " + e.getMessage());
    }
    if (!toml.errors().isEmpty()) {
      TomlParseError error = toml.errors().getFirst();
      throw new UsageException(
          where(file, error.position()) + ": " + error.getMessage().replaceAll(" \\(line.*", ""));
    }
    List<Entry> entries = new ArrayList<>();
    for (String key : toml.keySet()) {
      TomlPosition position = toml.inputPositionOf(key);
      OptionSpec option = NOT_CONFIGURABLE.contains(key) ? null : spec.findOption("--" + key);
      if (option == null) {
        throw new UsageException(where(file, position) + ": unknown key '" + key + "'");
      }
      List<String> args;
      try {
        args = args(option, toml.get(key));
      } catch (UsageException e) {
        throw new UsageException(where(file, position) + ": " + key + ": " + e.getMessage());
      }
      entries.add(new Entry(key, position == null ? 0 : position.line(), args));
    }
    entries.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return entries;
  }

  /** Arguments for one key; throws for a value of a kind the option cannot take. */
  private static List<String> args(OptionSpec option, Object value) throws UsageException {
    String name = option.longestName();
    List<String> args = new ArrayList<>();
    if (value instanceof TomlArray array) {
      if (!option.isMultiValue()) {
        throw new UsageException("takes a single value, not a list");
      }
      for (int i = 0; i < array.size(); i++) {
        args.add(name + "=" + scalar(array.get(i)));
      }
    } else if (option.arity().max() == 0) {
      if (!(value instanceof Boolean flag)) {
        throw new UsageException("expected true or false");
      }
      if (option.type() == boolean[].class) {
        throw new UsageException("not configurable");
      }
      if (flag) {
        args.add(name);
      }
    } else {
      args.add(name + "=" + scalar(value));
    }
    return args;
  }

  private static String scalar(Object value) throws UsageException {
    return switch (value) {
      case String s -> s;
      case Long n -> n.toString();
      case Double d -> d.toString();
      case Boolean b -> b.toString();
      default -> throw new UsageException("unsupported value " + value);
    };
  }

  /**
   * Checks each entry by parsing it on its own into a fresh command, so that a bad value is
   * reported with its key and line rather than as a command-line option.
   */
  static void validate(
      Path file, List<Entry> entries, java.util.function.Supplier<CommandLine> fresh)
      throws UsageException {
    for (Entry entry : entries) {
      CommandLine cmd = fresh.get();
      List<String> args = new ArrayList<>(entry.args());
      args.add("-");
      try {
        cmd.parseArgs(args.toArray(String[]::new));
        ((LinkcheckCommand) cmd.getCommand()).validate();
      } catch (CommandLine.ParameterException e) {
        throw new UsageException(
            file.getFileName() + ":" + entry.line() + ": " + entry.key() + ": " + e.getMessage());
      }
    }
  }

  private static String where(Path file, TomlPosition position) {
    return file.getFileName() + (position == null ? "" : ":" + position.line());
  }
}
