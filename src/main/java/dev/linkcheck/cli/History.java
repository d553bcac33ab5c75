package dev.linkcheck.cli;

import dev.linkcheck.cache.VerdictCache;
import dev.linkcheck.check.Checker;
import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.Diagnostics;
import dev.linkcheck.model.StatusRanges;
import dev.linkcheck.model.Target;
import dev.linkcheck.report.Baseline;
import dev.linkcheck.report.ReportEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

/**
 * What earlier runs left for this one: the {@code --baseline} report, whose failures become known,
 * and the {@code --cache} of verdicts. Thread-safe.
 */
final class History {

  private final Baseline baseline;
  private final VerdictCache cache;
  private final Diagnostics diagnostics;

  private History(Baseline baseline, VerdictCache cache, Diagnostics diagnostics) {
    this.baseline = baseline;
    this.cache = cache;
    this.diagnostics = diagnostics;
  }

  /**
   * Reads the baseline (when {@code baselineFile} is non-null) and the cache (when {@code cache}).
   *
   * @throws UsageError when the baseline cannot be read or is not a JSON report
   */
  static History open(
      Path baselineFile,
      boolean cache,
      Duration maxCacheAge,
      StatusRanges accept,
      Path workingDir,
      Diagnostics diagnostics) {
    Baseline baseline = Baseline.NONE;
    if (baselineFile != null) {
      try {
        baseline = Baseline.read(workingDir.resolve(baselineFile));
      } catch (IOException e) {
        String why =
            e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage();
        throw new UsageError("--baseline: cannot use " + baselineFile + ": " + why);
      }
    }
    VerdictCache verdicts =
        cache
            ? VerdictCache.open(
                workingDir.resolve(VerdictCache.FILE_NAME),
                maxCacheAge,
                accept,
                Clock.systemUTC(),
                diagnostics)
            : null;
    return new History(baseline, verdicts, diagnostics);
  }

  /** How targets are decided: by {@code checker}, through the cache when there is one. */
  Function<Target, CheckResult> checking(Checker checker) {
    return cache == null ? checker::check : target -> cache.check(target, checker::check);
  }

  /** {@code entry} with its failure marked known when the baseline had it. */
  ReportEntry apply(ReportEntry entry) {
    return baseline.apply(entry);
  }

  /** How many verdicts came from the cache. */
  int cached() {
    return cache == null ? 0 : cache.hits();
  }

  /** Stores the cache for the next run; a cache that cannot be written is only a warning. */
  void save() {
    if (cache != null) {
      try {
        cache.save();
      } catch (IOException | RuntimeException e) {
        diagnostics.warning("cannot write " + VerdictCache.FILE_NAME + ": " + e.getMessage());
      }
    }
  }
}
