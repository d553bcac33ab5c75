package dev.linkcheck.cli;

import dev.linkcheck.io.OutputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Builds the configured picocli command line and runs it: usage errors exit 2 with a one-line
 * message, a report that cannot be written where {@code --output} says exits 2 naming the file,
 * unexpected errors exit 3 with one line (a stack trace only with {@code -v}). Options from a
 * config file go before the command line's, so the command line wins.
 */
final class Linkcheck {

  private Linkcheck() {}

  /** Runs linkcheck with {@code args}; returns the exit code. */
  static int execute(String[] args, PrintWriter out, PrintWriter err, Environment env) {
    List<String> all = new ArrayList<>();
    try {
      Optional<Path> config = ConfigFile.locate(args, env.workingDir());
      if (config.isPresent()) {
        var entries = ConfigFile.read(config.get(), commandLine(out, err, env).getCommandSpec());
        ConfigFile.validate(config.get(), entries, () -> commandLine(out, err, env));
        entries.forEach(e -> all.addAll(e.args()));
      }
    } catch (UsageException e) {
      return usageError(err, e.getMessage());
    }
    all.addAll(Arrays.asList(args));
    return commandLine(out, err, env).execute(all.toArray(String[]::new));
  }

  static int usageError(PrintWriter err, String message) {
    err.println("linkcheck: " + message);
    err.println("Try 'linkcheck --help' for more information.");
    err.flush();
    return ExitCode.USAGE;
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err, Environment env) {
    LinkcheckCommand command = new LinkcheckCommand(out, err, env);
    CommandLine cmd = new CommandLine(command);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    // Config-file values come first; a flag given again on the command line replaces them.
    cmd.setOverwrittenOptionsAllowed(true);
    HelpSections.install(cmd);
    cmd.setParameterExceptionHandler(
        (ex, args) -> usageError(ex.getCommandLine().getErr(), ex.getMessage()));
    cmd.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof UsageException usage) {
            return usageError(commandLine.getErr(), usage.getMessage());
          }
          if (ex instanceof OutputException output) {
            // Only the report throws these (the cache's are warnings): exit 2, not an internal
            // error.
            commandLine.getErr().println("linkcheck: --output: " + output.getMessage());
            commandLine.getErr().flush();
            return ExitCode.USAGE;
          }
          PrintWriter w = commandLine.getErr();
          w.println("linkcheck: internal error: " + ex);
          if (command.verbosity() > 0) {
            ex.printStackTrace(w);
          }
          w.flush();
          return ExitCode.INTERNAL;
        });
    return cmd;
  }
}
