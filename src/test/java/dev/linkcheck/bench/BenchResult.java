package dev.linkcheck.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one benchmark run and their rendering as a report block and a README table row.
 * Immutable.
 */
record BenchResult(
    Preset preset,
    Settings settings,
    List<String> command,
    int linksExtracted,
    int uniqueReported,
    Duration wall,
    Duration ideal,
    Duration idealHangOnce,
    Duration idealNoHostLimit,
    long peakRssKb,
    double cpuSeconds,
    long demandedRequests,
    ServerFigures server,
    Score score,
    int exitCode,
    boolean killed) {

  /** Broken-link verdicts against the ground truth; failures (broken, timeout, error) positive. */
  record Score(int truePositives, int falsePositives, int falseNegatives, List<String> misjudged) {
    double precision() {
      int reported = truePositives + falsePositives;
      return reported == 0 ? 1.0 : (double) truePositives / reported;
    }

    double recall() {
      int actual = truePositives + falseNegatives;
      return actual == 0 ? 1.0 : (double) truePositives / actual;
    }

    boolean perfect() {
      return falsePositives == 0 && falseNegatives == 0;
    }
  }

  double ratio() {
    return (double) wall.toNanos() / ideal.toNanos();
  }

  /** Wall over issue 12's ideal, which spends one timeout on each hang. */
  double ratioHangOnce() {
    return (double) wall.toNanos() / idealHangOnce.toNanos();
  }

  long requests() {
    return server.requests();
  }

  long unexpectedRequests() {
    return server.unexpected();
  }

  /** The most requests in flight at once on one host, hanging ones included. */
  int maxInFlightPerHost() {
    return server.maxInFlight();
  }

  /** Correct verdicts, every link found, and no host ever over its limit. */
  boolean correct() {
    return !killed
        && score.perfect()
        && linksExtracted == preset.occurrences()
        && uniqueReported == preset.unique()
        && unexpectedRequests() == 0
        && maxInFlightPerHost() <= settings.hostConcurrency();
  }

  String render() {
    StringBuilder sb = new StringBuilder();
    line(sb, "preset", "%s (seed %d)", preset.name(), preset.seed());
    line(sb, "command", "%s", String.join(" ", command));
    line(
        sb,
        "corpus",
        "%d links (extracted %d), %d unique URLs (reported %d), %d hosts (%d with no listener),"
            + " %d files",
        preset.occurrences(),
        linksExtracted,
        preset.unique(),
        uniqueReported,
        preset.hosts(),
        preset.deadHosts(),
        preset.files());
    line(sb, "network", "%s", preset.network().describe());
    line(
        sb,
        "mix",
        "%s: %s",
        preset.mix().name(),
        preset.mix().toString().replaceFirst("^Mix\\[", "").replaceFirst("]$", ""));
    line(
        sb,
        "settings",
        "host-concurrency %d, max-concurrency %d, timeout %s s, max-retries %d, retry-wait %s s",
        settings.hostConcurrency(),
        settings.maxConcurrency(),
        seconds(settings.timeout()),
        settings.maxRetries(),
        seconds(settings.retryWait()));
    line(sb, "wall", "%s s%s", seconds(wall), killed ? " (KILLED: over the time limit)" : "");
    line(
        sb,
        "ideal",
        "%s s with every attempt the retry policy demands (without a per-host limit: %s s); %s s"
            + " spending one timeout on each hang (issue 12's ideal)",
        seconds(ideal),
        seconds(idealNoHostLimit),
        seconds(idealHangOnce));
    line(
        sb,
        "ratio",
        "%.2f (wall / ideal); %.2f (wall / ideal with each hang tried once)",
        ratio(),
        ratioHangOnce());
    line(sb, "peak RSS", "%d MB", peakRssKb / 1024);
    line(sb, "CPU", "%.1f s (user + system)", cpuSeconds);
    line(
        sb,
        "requests",
        "%d = %.3f per unique URL (demanded by the workload: %d = %.3f; ratio %.3f)",
        requests(),
        (double) requests() / preset.unique(),
        demandedRequests,
        (double) demandedRequests / preset.unique(),
        (double) requests() / demandedRequests);
    for (String[] l : server.lines(settings)) {
      line(sb, l[0], "%s", l[1]);
    }
    if (unexpectedRequests() > 0) {
      line(sb, "unexpected", "%d requests to paths outside the corpus", unexpectedRequests());
    }
    line(
        sb,
        "in flight",
        "at most %d per host (limit %d)",
        maxInFlightPerHost(),
        settings.hostConcurrency());
    line(
        sb,
        "verdicts",
        "precision %.2f%%, recall %.2f%% (%d true, %d false positives, %d missed)",
        100 * score.precision(),
        100 * score.recall(),
        score.truePositives(),
        score.falsePositives(),
        score.falseNegatives());
    for (String m : score.misjudged().subList(0, Math.min(10, score.misjudged().size()))) {
      line(sb, "misjudged", "%s", m);
    }
    line(sb, "exit code", "%d", exitCode);
    line(sb, "row", "%s", row());
    line(sb, "verdict", "%s", correct() ? "CORRECT" : "INCORRECT");
    return sb.toString();
  }

  /** A row of the README's performance table. */
  String row() {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %d | %d | %d | %s | %s | %.2f | %s | %.2f | %d | %.1f | %.2f | %.2f | %.0f%% |"
            + " %d | %.1f%% | %.1f%% |",
        preset.name(),
        preset.occurrences(),
        preset.unique(),
        preset.hosts(),
        settings.hostConcurrency(),
        seconds(wall),
        seconds(idealHangOnce),
        ratioHangOnce(),
        seconds(ideal),
        ratio(),
        peakRssKb / 1024,
        cpuSeconds,
        (double) requests() / preset.unique(),
        server.connectionsPerRequest(),
        100 * server.busiest().busy(),
        maxInFlightPerHost(),
        100 * score.precision(),
        100 * score.recall());
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.2f", d.toNanos() / 1e9);
  }

  private static void line(StringBuilder sb, String key, String format, Object... args) {
    sb.append(String.format(Locale.ROOT, "%-10s ", key))
        .append(String.format(Locale.ROOT, format, args))
        .append('\n');
  }
}
