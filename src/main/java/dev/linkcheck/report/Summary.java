package dev.linkcheck.report;

import dev.linkcheck.model.Outcome;
import java.util.Collection;
import java.util.function.UnaryOperator;

/**
 * Run totals: {@code links} counts written occurrences, every other count is over unique targets;
 * {@code known} counts failures already in the baseline, {@code cached} the verdicts taken from the
 * cache (they are also counted under their outcome). Immutable.
 */
public record Summary(
    int files,
    int links,
    int unique,
    int ok,
    int redirected,
    int broken,
    int blocked,
    int timeout,
    int error,
    int excluded,
    int skipped,
    int known,
    int cached,
    long durationMs,
    boolean interrupted) {

  /** Counts the outcomes of {@code entries}; none from a cache. */
  public static Summary of(
      int files, int links, Collection<ReportEntry> entries, long durationMs, boolean interrupted) {
    return of(files, links, entries, 0, durationMs, interrupted);
  }

  /** Counts the outcomes of {@code entries}, {@code cached} of which came from the cache. */
  public static Summary of(
      int files,
      int links,
      Collection<ReportEntry> entries,
      int cached,
      long durationMs,
      boolean interrupted) {
    int[] n = new int[9];
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
            case Outcome.Known k -> 7;
            case Outcome.Blocked b -> 8;
          }]++;
    }
    return new Summary(
        files,
        links,
        entries.size(),
        n[0],
        n[1],
        n[2],
        n[8],
        n[3],
        n[4],
        n[5],
        n[6],
        n[7],
        cached,
        durationMs,
        interrupted);
  }

  /**
   * These totals with {@code seen} unique targets: an interrupted run counts every unique URL it
   * met, decided or not, as its other counts say how many of them were decided.
   */
  public Summary withUnique(int seen) {
    return new Summary(
        files,
        links,
        seen,
        ok,
        redirected,
        broken,
        blocked,
        timeout,
        error,
        excluded,
        skipped,
        known,
        cached,
        durationMs,
        interrupted);
  }

  /**
   * {@code "9 links (7 unique) in 2 files: 3 ok, 0 redirected, 1 broken, 0 timeout, 1 error, 1
   * excluded, 1 skipped"} and the non-zero extras: the counts every human-readable format shows,
   * the failure counts passed through {@code failures} so a format can emphasise them.
   */
  public String counts(UnaryOperator<String> failures) {
    String failing = broken + " broken, " + timeout + " timeout, " + error + " error";
    return links
        + (links == 1 ? " link" : " links")
        + " ("
        + unique
        + " unique) in "
        + files
        + (files == 1 ? " file: " : " files: ")
        + ok
        + " ok, "
        + redirected
        + " redirected, "
        + failures.apply(failing)
        + ", "
        + excluded
        + " excluded, "
        + skipped
        + " skipped"
        + extras();
  }

  /** {@code ", 1 blocked, 2 known, 5 cached"}: the counts a summary line shows when non-zero. */
  public String extras() {
    return (blocked > 0 ? ", " + blocked + " blocked" : "")
        + (known > 0 ? ", " + known + " known" : "")
        + (cached > 0 ? ", " + cached + " cached" : "");
  }

  /** Failing unique targets: broken, timeout and error (known failures do not count). */
  public int failures() {
    return broken + timeout + error;
  }
}
