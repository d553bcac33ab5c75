package dev.linkcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.Location;
import dev.linkcheck.model.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A baseline tells the fragments of one page apart: each is a failure of its own. */
class BaselineFragmentsTest {

  private static ReportEntry brokenFragment(String fragment) {
    return new ReportEntry(
        new CheckResult(
            "docs/a.md",
            new Outcome.Broken(new Outcome.MissingFragment(fragment, "setup", null)),
            0,
            fragment),
        List.of(new Location("docs/b.md", 3, 1)));
  }

  @Test
  void onlyTheFragmentFailingInTheBaselineBecomesKnownAndKeepsItsFragment(@TempDir Path dir)
      throws Exception {
    Path previous = dir.resolve("previous.json");
    Files.writeString(
        previous,
        """
        {"results": [{"url": "docs/a.md", "fragment": "old", "status": "broken",
                      "sources": [{"file": "docs/b.md", "line": 3, "column": 1}]}]}
        """);
    Baseline baseline = Baseline.read(previous);

    ReportEntry known = baseline.apply(brokenFragment("old"));
    ReportEntry fresh = baseline.apply(brokenFragment("new"));

    assertThat(known.result().outcome()).isInstanceOf(Outcome.Known.class);
    assertThat(known.result().fragment()).isEqualTo("old");
    assertThat(((Outcome.Known) known.result().outcome()).failure())
        .isEqualTo(new Outcome.Broken(new Outcome.MissingFragment("old", "setup", null)));
    assertThat(fresh.result().outcome()).isInstanceOf(Outcome.Broken.class);
  }

  @Test
  void aPageFailingInTheBaselineDoesNotMakeItsFragmentsKnown(@TempDir Path dir) throws Exception {
    Path previous = dir.resolve("previous.json");
    Files.writeString(
        previous,
        """
        {"results": [{"url": "docs/a.md", "status": "broken",
                      "sources": [{"file": "docs/b.md", "line": 3, "column": 1}]}]}
        """);

    ReportEntry entry = Baseline.read(previous).apply(brokenFragment("old"));

    assertThat(entry.result().outcome()).isInstanceOf(Outcome.Broken.class);
  }
}
