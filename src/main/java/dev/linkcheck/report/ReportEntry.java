package dev.linkcheck.report;

import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.Location;
import java.util.List;

/** One unique target's result with every place it is written, sources sorted. Immutable. */
public record ReportEntry(CheckResult result, List<Location> sources) {

  public ReportEntry {
    sources = sources.stream().sorted().toList();
  }
}
