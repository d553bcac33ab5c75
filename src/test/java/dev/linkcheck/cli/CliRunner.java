package dev.linkcheck.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs the real command line in-process against a working directory, capturing its output. */
final class CliRunner {

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {}

  private final Path workingDir;
  private String stdin = "";
  private Map<String, String> variables = Map.of();
  private boolean terminal;

  CliRunner(Path workingDir) {
    this.workingDir = workingDir;
  }

  CliRunner stdin(String text) {
    this.stdin = text;
    return this;
  }

  CliRunner env(Map<String, String> variables) {
    this.variables = variables;
    return this;
  }

  /** Runs as if stdout and stderr were a terminal. */
  CliRunner terminal(boolean terminal) {
    this.terminal = terminal;
    return this;
  }

  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment env =
        new Environment(
            variables,
            terminal,
            terminal,
            workingDir,
            () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new Interruption());
    int code = Linkcheck.execute(args, new PrintWriter(out), new PrintWriter(err), env);
    return new Run(code, out.toString(), err.toString());
  }
}
