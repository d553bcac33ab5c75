package dev.linkcheck.report;

import dev.linkcheck.model.Outcome;
import java.util.Collection;

/**
 * Run totals: {@code links} counts written occurrences, every other count is over unique targets.
 * Immutable.
 */
public record Summary(
    int files,
    int links,
    int unique,
    int ok,
    int redirected,
    int broken,
    int timeout,
    int error,
    int excluded,
    int skipped,
    long durationMs,
    boolean interrupted) {

  /** Counts the outcomes of {@code entries}. */
  public static Summary of(
      int files, int links, Collection<ReportEntry> entries, long durationMs, boolean interrupted) {
    int[] n = new int[7];
    for (ReportEntry entry : entries) {
      n[
          switch (entry.result().outcome()) {
            case Outcome.Ok o -> 0;
            case Outcome.Redirected r -> 1;
            case Outcome.Broken b -> 2;
            case Outcome.Timeout t -> 3;
            case Outcome.Error e -> 4;
            case Outcome.Excluded x -> 5;
            case Outcome.Skipped s -> 6;
          }]++;
    }
    return new Summary(
        files,
        links,
        entries.size(),
        n[0],
        n[1],
        n[2],
        n[3],
        n[4],
        n[5],
        n[6],
        durationMs,
        interrupted);
  }

  /** Failing unique targets: broken, timeout and error. */
  public int failures() {
    return broken + timeout + error;
  }
}
