package dev.linkcheck.report;

import dev.linkcheck.model.InputError;
import java.util.Comparator;
import java.util.List;

/**
 * Everything a run found: totals, one entry per unique target sorted by URL then fragment (none
 * first), the inputs that could not be read sorted by file, and the documentation sites whose rules
 * were used (sorted, each as {@code kind (config)}). Immutable.
 */
public record Report(
    Summary summary, List<ReportEntry> results, List<InputError> inputErrors, List<String> sites) {

  /** A report of a run that met no documentation site. */
  public Report(Summary summary, List<ReportEntry> results, List<InputError> inputErrors) {
    this(summary, results, inputErrors, List.of());
  }

  public Report {
    sites = List.copyOf(sites);
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

  /** Like {@link #failed()}, a blocked link failing too when {@code failOnBlocked}. */
  public boolean failed(boolean failOnBlocked) {
    return failed() || failOnBlocked && summary.blocked() > 0;
  }
}
