package dev.linkcheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark's command line: {@code Bench PRESET [LINKCHECK OPTIONS...]} runs the launcher
 * ({@code -Dbench.linkcheck}, default {@code ./linkcheck}, split at spaces) on the preset's corpus,
 * prints the machine and the figures, and exits 0 when the verdicts are right and no host was over
 * its limit (timing is reported, never asserted). {@code --timeout 5} unless given.
 */
public final class Bench {

  private Bench() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println(
          "usage: Bench PRESET [LINKCHECK OPTIONS...]; presets: "
              + Preset.ALL.stream().map(Preset::name).toList());
      System.exit(2);
    }
    Preset preset = Preset.named(args[0]);
    List<String> options = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
    if (!options.contains("--timeout") && !options.contains("-t")) {
      options.addAll(List.of("--timeout", "5"));
    }
    // A command line split at spaces: "./linkcheck" or "java -cp CLASSPATH dev.linkcheck.cli.Main".
    List<String> linkcheck =
        List.of(System.getProperty("bench.linkcheck", "./linkcheck").strip().split("\\s+"));
    Path work = Files.createTempDirectory("linkcheck-bench-");
    String loadBefore = loadAverage();
    BenchResult result;
    try {
      // One start first, so the launcher's class-data archive exists before the measured run.
      List<String> version = new ArrayList<>(linkcheck);
      version.add("--version");
      new ProcessBuilder(version).inheritIO().start().waitFor();
      result = BenchRun.run(preset, linkcheck, options, work);
    } finally {
      if (!Boolean.getBoolean("bench.keep")) {
        delete(work);
      } else {
        System.out.println("kept     " + work);
      }
    }
    System.out.println(machine(loadBefore));
    System.out.print(result.render());
    System.exit(result.correct() ? 0 : 1);
  }

  private static String machine(String loadBefore) throws IOException {
    String cpu = "unknown CPU";
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (Files.exists(cpuinfo)) {
      cpu =
          Files.readAllLines(cpuinfo).stream()
              .filter(l -> l.startsWith("model name"))
              .map(l -> l.substring(l.indexOf(':') + 1).strip())
              .findFirst()
              .orElse(cpu);
    }
    long memGb =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize()
            >> 30;
    return String.format(
        "machine    %d cores, %s, %d GB, %s %s, Java %s; load average before %s, after %s",
        Runtime.getRuntime().availableProcessors(),
        cpu,
        memGb,
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("java.version"),
        loadBefore,
        loadAverage());
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "n/a";
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
