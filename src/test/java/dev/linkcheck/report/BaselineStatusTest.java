package dev.linkcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.Location;
import dev.linkcheck.model.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A baseline counts what failed then, known failures included, by the outcome's own rule. */
class BaselineStatusTest {

  @ParameterizedTest
  @CsvSource({
    "broken,true",
    "timeout,true",
    "error,true",
    "known,true",
    "ok,false",
    "redirected,false",
    "excluded,false",
    "skipped,false",
    "no-such-status,false"
  })
  void aFailureOfThisRunIsKnownOnlyWhenTheBaselineStatusWasAFailure(
      String status, boolean known, @TempDir Path dir) throws Exception {
    Path previous = dir.resolve("previous.json");
    Files.writeString(
        previous,
        """
        {"results": [{"url": "https://a.test/gone", "status": "%s",
                      "sources": [{"file": "a.md", "line": 1, "column": 1}]}]}
        """
            .formatted(status));
    ReportEntry entry =
        new ReportEntry(
            new CheckResult("https://a.test/gone", new Outcome.Broken(new Outcome.Status(404)), 0),
            List.of(new Location("a.md", 2, 1)));

    Outcome outcome = Baseline.read(previous).apply(entry).result().outcome();

    assertThat(outcome instanceof Outcome.Known).isEqualTo(known);
  }
}
