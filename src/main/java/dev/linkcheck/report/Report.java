package dev.linkcheck.report;

import dev.linkcheck.model.HostStat;
import dev.linkcheck.model.InputError;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything a run found: totals, one entry per unique target sorted by URL then fragment (none
 * first), the inputs that could not be read sorted by file, and the documentation sites whose rules
 * were used (sorted, each as {@code kind (config)}), and the per-host figures when {@code
 * --host-stats} asked for them (sorted by host; absent when not asked). Immutable.
 */
public record Report(
    Summary summary,
    List<ReportEntry> results,
    List<InputError> inputErrors,
    List<String> sites,
    Optional<List<HostStat>> hosts) {

  /** A report of a run that met no documentation site. */
  public Report(Summary summary, List<ReportEntry> results, List<InputError> inputErrors) {
    this(summary, results, inputErrors, List.of());
  }

  /** A report without host figures. */
  public Report(
      Summary summary,
      List<ReportEntry> results,
      List<InputError> inputErrors,
      List<String> sites) {
    this(summary, results, inputErrors, sites, Optional.empty());
  }

  public Report {
    sites = List.copyOf(sites);
    hosts = hosts.map(h -> h.stream().sorted(Comparator.comparing(HostStat::host)).toList());
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
