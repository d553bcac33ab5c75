package dev.linkcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs linkcheck once on a generated corpus against the loopback server: generates the corpus,
 * starts the server, runs the given linkcheck command as a subprocess with {@code --format json},
 * measures it, scores its verdicts and stops everything, also when linkcheck overruns its time
 * limit. Single use.
 */
final class BenchRun {

  private static final Set<String> FAILURES = Set.of("broken", "timeout", "error");

  private BenchRun() {}

  /**
   * @param linkcheck the command that starts linkcheck (launcher script or {@code java -cp ...})
   * @param args linkcheck options of the run (limits, timeout, ...)
   * @param work an empty folder for the corpus, the ground truth and the report
   */
  static BenchResult run(Preset preset, List<String> linkcheck, List<String> args, Path work)
      throws IOException, InterruptedException {
    Settings settings = Settings.of(args);
    Network network = preset.network();
    List<Host> hosts = Corpus.hosts(preset);
    Files.createDirectories(work);
    Path hostsFile = work.resolve("hosts");
    Corpus.writeHostsFile(hosts, hostsFile);
    List<String> jvmOptions = new ArrayList<>();
    jvmOptions.add("-Djdk.net.hosts.file=" + hostsFile);
    Tls tls = network.tls() ? Tls.make(work.resolve("tls")) : null;
    if (tls != null) {
      jvmOptions.addAll(tls.clientJvmOptions());
    }
    try (BenchServer server = BenchServer.start(hosts, network, tls)) {
      server.responder().retryWait(settings.retryWait());
      server.responder().timeout(settings.timeout());
      Corpus corpus = Corpus.generate(preset, hosts, server.port(), work.resolve("corpus"));
      corpus.writeTruth(work.resolve("truth.tsv"));
      Duration ideal = IdealTime.of(corpus.urls.values(), settings, network, false);
      Duration idealHangOnce = IdealTime.of(corpus.urls.values(), settings, network, true);
      Settings noLimit =
          new Settings(
              0,
              settings.maxConcurrency(),
              settings.timeout(),
              settings.maxRetries(),
              settings.maxTimeoutRetries(),
              settings.retryWait(),
              settings.retryTimeout());
      Duration idealNoLimit = IdealTime.of(corpus.urls.values(), noLimit, network, false);
      long demanded =
          corpus.urls.values().stream()
              .mapToLong(u -> u.behaviour().demandedRequests(settings))
              .sum();

      Path report = work.resolve("report.json");
      List<String> command = withJvmOptions(linkcheck, jvmOptions);
      command.addAll(List.of("--format", "json", "--no-progress", "--output", report.toString()));
      command.addAll(args);
      command.add(corpus.dir.toString());

      ProcessBuilder pb =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(work.resolve("stderr.txt").toFile());
      if (!isJava(linkcheck)) {
        // The launcher takes JVM options from LINKCHECK_JAVA_OPTS (none contain spaces).
        String own = System.getenv().getOrDefault("LINKCHECK_JAVA_OPTS", "");
        pb.environment()
            .put("LINKCHECK_JAVA_OPTS", (own + " " + String.join(" ", jvmOptions)).strip());
      }
      Process process = pb.start();
      long start = System.nanoTime();
      Duration serverCpu0 = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
      ProcessStats stats = new ProcessStats(process.pid());
      long limit = 3 * ideal.toNanos() + Duration.ofSeconds(60).toNanos();
      boolean killed = false;
      while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
        stats.poll();
        if (System.nanoTime() - start > limit) {
          process.destroyForcibly().waitFor();
          killed = true;
          break;
        }
      }
      Duration wall = Duration.ofNanos(System.nanoTime() - start);
      Duration serverCpu =
          ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).minus(serverCpu0);
      server.responder().writeLog(work.resolve("requests.tsv"), start);
      ServerFigures figures =
          ServerFigures.of(server.responder(), corpus, settings, start, serverCpu.toNanos() / 1e9);
      JsonNode json =
          Files.exists(report)
              ? new ObjectMapper().readTree(report.toFile())
              : new ObjectMapper().createObjectNode();
      return new BenchResult(
          preset,
          settings,
          command,
          json.path("summary").path("links").asInt(-1),
          json.path("summary").path("unique").asInt(-1),
          wall,
          ideal,
          idealHangOnce,
          idealNoLimit,
          stats.peakRssKb(),
          stats.cpuSeconds(),
          demanded,
          figures,
          score(corpus, json.path("results")),
          killed ? -1 : process.exitValue(),
          killed);
    }
  }

  /** A {@code java ...} command gets JVM options right after {@code java}; the launcher none. */
  private static List<String> withJvmOptions(List<String> linkcheck, List<String> jvmOptions) {
    List<String> command = new ArrayList<>(linkcheck);
    if (isJava(linkcheck)) {
      command.addAll(1, jvmOptions);
    }
    return command;
  }

  private static boolean isJava(List<String> linkcheck) {
    return Path.of(linkcheck.getFirst()).getFileName().toString().equals("java");
  }

  private static BenchResult.Score score(Corpus corpus, JsonNode results) {
    Map<String, String> status = new HashMap<>();
    for (JsonNode r : results) {
      status.put(r.path("url").asText(), r.path("status").asText());
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    List<String> misjudged = new ArrayList<>();
    for (Corpus.Url u : corpus.urls.values()) {
      String s = status.getOrDefault(u.url(), "missing");
      boolean failed = FAILURES.contains(s);
      if (failed && u.behaviour().broken) {
        tp++;
      } else if (failed) {
        fp++;
        misjudged.add(u.url() + " reported " + s + ", is " + u.behaviour().segment);
      } else if (u.behaviour().broken) {
        fn++;
        misjudged.add(u.url() + " reported " + s + ", is " + u.behaviour().segment);
      }
    }
    return new BenchResult.Score(tp, fp, fn, List.copyOf(misjudged));
  }
}
