package dev.linkcheck.report;

import dev.linkcheck.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** One place where a reported target is written. Immutable. */
record Occurrence(Location at, ReportEntry entry) {

  /**
   * Every place where an entry accepted by {@code filter} is written, sorted by file, line and
   * column (then URL), the order people read reports in.
   */
  static List<Occurrence> of(Report report, Predicate<ReportEntry> filter) {
    List<Occurrence> all = new ArrayList<>();
    for (ReportEntry entry : report.results()) {
      if (filter.test(entry)) {
        for (Location at : entry.sources()) {
          all.add(new Occurrence(at, entry));
        }
      }
    }
    all.sort(
        Comparator.comparing(Occurrence::at).thenComparing(o -> o.entry().result().displayUrl()));
    return all;
  }

  /** Every place where a failure already in the baseline is written. */
  static List<Occurrence> known(Report report) {
    return of(report, e -> e.result().outcome() instanceof dev.linkcheck.model.Outcome.Known);
  }

  /** Every place where a known failure or a blocked link is written: what warns, not fails. */
  static List<Occurrence> warnings(Report report) {
    return of(
        report,
        e ->
            switch (e.result().outcome().kind()) {
              case KNOWN, BLOCKED -> true;
              case OK, REDIRECTED, BROKEN, TIMEOUT, ERROR, EXCLUDED, SKIPPED -> false;
            });
  }

  /** Every place where a blocked link is written. */
  static List<Occurrence> blocked(Report report) {
    return of(report, e -> e.result().outcome().kind() == dev.linkcheck.model.Outcome.Kind.BLOCKED);
  }

  /** Every place where a failing target is written. */
  static List<Occurrence> failing(Report report) {
    return of(report, e -> e.result().outcome().isFailure());
  }
}
