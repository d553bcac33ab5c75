package dev.linkcheck.report;

import dev.linkcheck.model.InputError;
import java.util.Comparator;
import java.util.List;

/**
 * Everything a run found: totals, one entry per unique target sorted by URL then fragment (none
 * first), and the inputs that could not be read sorted by file. Immutable.
 */
public record Report(Summary summary, List<ReportEntry> results, List<InputError> inputErrors) {

  public Report {
    results =
        results.stream()
            .sorted(
                Comparator.comparing((ReportEntry e) -> e.result().url())
                    .thenComparing(
                        e -> e.result().fragment(),
                        Comparator.nullsFirst(Comparator.naturalOrder())))
            .toList();
    inputErrors =
        inputErrors.stream()
            .sorted(Comparator.comparing(InputError::file).thenComparing(InputError::message))
            .toList();
  }

  /** True when the run must exit 1: a failing link or an unreadable input. */
  public boolean failed() {
    return summary.failures() > 0 || !inputErrors.isEmpty();
  }
}
