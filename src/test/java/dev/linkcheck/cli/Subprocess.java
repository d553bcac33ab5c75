package dev.linkcheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command lines that run linkcheck's {@link Main} in a fresh JVM on this test's classpath and hosts
 * file, for what only a real process shows: signals, exit codes, terminals.
 */
final class Subprocess {

  private Subprocess() {}

  static List<String> command(String... args) {
    return command(List.of(), args);
  }

  /** As {@link #command(String...)}, with {@code jvmOptions} (e.g. {@code -Xmx1g}) for the JVM. */
  static List<String> command(List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    // Short runs: the C1 compiler alone starts faster, and the tests start many JVMs.
    command.add("-XX:TieredStopAtLevel=1");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    String hosts = System.getProperty("jdk.net.hosts.file");
    if (hosts != null) {
      command.add("-Djdk.net.hosts.file=" + hosts);
    }
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  static ProcessBuilder builder(Path workingDir, String... args) {
    return builder(workingDir, List.of(), args);
  }

  static ProcessBuilder builder(Path workingDir, List<String> jvmOptions, String... args) {
    return new ProcessBuilder(command(jvmOptions, args)).directory(workingDir.toFile());
  }

  /** Quotes one word for {@code sh -c}. */
  static String shellQuote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
