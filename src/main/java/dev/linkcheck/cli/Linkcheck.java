package dev.linkcheck.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Builds the configured picocli command line and runs it: usage errors exit 2 with a one-line
 * message, unexpected errors exit 3 with one line (a stack trace only with {@code -v}).
 */
public final class Linkcheck {

  private Linkcheck() {}

  /** Runs linkcheck with {@code args}; returns the exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err, Environment env) {
    return commandLine(out, err, env).execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err, Environment env) {
    LinkcheckCommand command = new LinkcheckCommand(out, err, env);
    CommandLine cmd = new CommandLine(command);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter w = ex.getCommandLine().getErr();
          w.println("linkcheck: " + ex.getMessage());
          w.println("Try 'linkcheck --help' for more information.");
          w.flush();
          return ExitCode.USAGE;
        });
    cmd.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
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
