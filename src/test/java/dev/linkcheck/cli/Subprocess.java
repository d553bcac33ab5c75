package dev.linkcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

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

  /** How a run ended: its exit code, stdout and stderr. */
  record Ended(int code, String out, String err) {}

  /** Runs linkcheck in {@code workingDir} to its end (within a minute), stdout and stderr apart. */
  static Ended run(Path workingDir, List<String> jvmOptions, String... args) throws Exception {
    Process p = builder(workingDir, jvmOptions, args).start();
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> text(p.getErrorStream()));
    String out = text(p.getInputStream());
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("linkcheck still running after 60 s: " + List.of(args));
    }
    return new Ended(p.exitValue(), out, err.get(10, TimeUnit.SECONDS));
  }

  private static String text(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Quotes one word for {@code sh -c}. */
  static String shellQuote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
