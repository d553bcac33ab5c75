package dev.linkcheck.cli;

import dev.linkcheck.model.Diagnostics;
import dev.linkcheck.model.StatusRanges;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * What earlier runs left: the {@code --cache} (shown under "Network") and the {@code --baseline}
 * ({@link Known}, shown under "Output"); {@link #toHistory} opens both.
 */
final class HistoryArgs {

  /** The baseline report whose failures are known. */
  static final class Known {
    @Option(
        names = "--baseline",
        order = 63,
        paramLabel = "REPORT.json",
        description =
            "A previous JSON report: failures already in it (same URL, same files) are 'known' and"
                + " do not fail the run.")
    Path baseline;
  }

  @ArgGroup(validate = false, heading = "Output")
  Known known = new Known();

  @Option(
      names = "--cache",
      order = 49,
      description =
          "Reuse the verdicts of earlier runs stored in ./.linkcheck-cache; failures are never"
              + " cached.")
  boolean cache;

  @Option(
      names = "--max-cache-age",
      order = 50,
      paramLabel = "AGE",
      description =
          "How long a cached verdict holds: 30s, 10m, 12h, 1d (default: ${DEFAULT-VALUE}).",
      defaultValue = "1d",
      converter = Converters.Age.class)
  Duration maxCacheAge;

  /**
   * Reads the baseline and the cache that were asked for.
   *
   * @throws UsageError when the baseline cannot be read or is not a JSON report
   */
  History toHistory(StatusRanges accept, Path workingDir, Diagnostics diagnostics) {
    return History.open(known.baseline, cache, maxCacheAge, accept, workingDir, diagnostics);
  }
}
