package dev.linkcheck.cli;

import dev.linkcheck.io.OutputException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Builds the configured picocli command line once and runs it: usage errors exit 2 with a one-line
 * message (naming the config file's line when the value came from there), unexpected errors exit 3
 * with one line (a stack trace only with {@code -v}); a report that cannot be written where {@code
 * --output} says exits 2 naming the file. Options from a config file go before the command line's,
 * so the command line wins.
 */
final class Linkcheck {

  private Linkcheck() {}

  /** Runs linkcheck with {@code args}; returns the exit code. */
  static int execute(String[] args, PrintWriter out, PrintWriter err, Environment env) {
    LinkcheckCommand command = new LinkcheckCommand(out, err, env);
    CommandLine cmd = commandLine(command, out, err);
    ConfigFile.Settings config;
    try {
      config =
          ConfigFile.locate(args, env.workingDir())
              .map(file -> ConfigFile.read(file, cmd.getCommandSpec()))
              .orElse(ConfigFile.Settings.NONE);
    } catch (UsageError e) {
      return usageError(err, e.getMessage());
    }
    command.hostRules(config.hostRules());
    List<String> commandLine = Arrays.asList(args);
    cmd.setParameterExceptionHandler(
        (ex, ignored) -> {
          String message = ex.getMessage();
          if (ex.getArgSpec() instanceof OptionSpec option && ex.getValue() != null) {
            message = config.blame(message, option, ex.getValue(), commandLine);
          }
          return usageError(err, message);
        });
    cmd.setExecutionExceptionHandler(
        (ex, ignored, parseResult) -> {
          if (ex instanceof UsageError usage) {
            String message = usage.getMessage();
            OptionSpec option = usage.option().map(cmd.getCommandSpec()::findOption).orElse(null);
            if (option != null) {
              message = config.blame(message, option, null, commandLine);
            }
            return usageError(err, message);
          }
          if (ex instanceof OutputException output) {
            // Only the report throws these (the cache's are warnings): exit 2, not an internal
            // error.
            err.println(cannotWrite(output));
            err.flush();
            return ExitCode.USAGE;
          }
          err.println("linkcheck: internal error: " + ex);
          if (command.verbosity() > 0) {
            ex.printStackTrace(err);
          }
          err.flush();
          return ExitCode.INTERNAL;
        });
    List<String> all = new ArrayList<>(config.args());
    all.addAll(commandLine);
    return cmd.execute(all.toArray(String[]::new));
  }

  /**
   * The one line saying the report could not be written: {@code linkcheck: --output: cannot write
   * FILE: reason} for the file of {@code --output} (its message says "cannot write" already), the
   * same whether the run ended or was interrupted.
   */
  static String cannotWrite(Exception e) {
    return e instanceof OutputException
        ? "linkcheck: --output: " + e.getMessage()
        : "linkcheck: cannot write the report: " + e.getMessage();
  }

  static int usageError(PrintWriter err, String message) {
    err.println("linkcheck: " + message);
    err.println("Try 'linkcheck --help' for more information.");
    err.flush();
    return ExitCode.USAGE;
  }

  /** The picocli command line of {@code command}, writing help and errors to the given writers. */
  static CommandLine commandLine(LinkcheckCommand command, PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(command);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    // Config-file values come first; a flag given again on the command line replaces them.
    cmd.setOverwrittenOptionsAllowed(true);
    HelpLayout.install(cmd);
    return cmd;
  }
}
