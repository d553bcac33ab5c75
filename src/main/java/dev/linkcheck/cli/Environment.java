package dev.linkcheck.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the process was started with, captured once by {@link Main} so that everything else can be
 * run in tests with a fake one: environment variables, whether stdout/stderr are terminals that
 * take colour and cursor control (a {@code TERM=dumb} one does not: it gets neither colour nor a
 * progress line), the working directory, standard input, and where to register an interruption
 * handler. Immutable.
 */
record Environment(
    Map<String, String> variables,
    boolean stdoutIsTerminal,
    boolean stderrIsTerminal,
    Path workingDir,
    Supplier<InputStream> stdin,
    Interruption interruption) {

  Environment {
    variables = Map.copyOf(variables);
    boolean dumb = "dumb".equals(variables.get("TERM"));
    stdoutIsTerminal = stdoutIsTerminal && !dumb;
    stderrIsTerminal = stderrIsTerminal && !dumb;
  }

  /** {@code GITHUB_TOKEN}, or null when unset or blank. */
  String githubToken() {
    String value = variables.get("GITHUB_TOKEN");
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** True when the user asked for no colour (https://no-color.org: any non-empty value). */
  boolean noColor() {
    String value = variables.get("NO_COLOR");
    return value != null && !value.isEmpty();
  }
}
