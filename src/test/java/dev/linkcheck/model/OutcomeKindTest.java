package dev.linkcheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every outcome has one kind, which names it in reports and says whether it fails a run. */
class OutcomeKindTest {

  private static final List<Outcome> ONE_OF_EACH =
      List.of(
          new Outcome.Ok(200),
          new Outcome.Redirected(200, List.of("https://a.test/b")),
          new Outcome.Broken(new Outcome.Status(404)),
          new Outcome.Timeout(Duration.ofSeconds(1)),
          new Outcome.Error("connection refused"),
          new Outcome.Excluded("excluded"),
          new Outcome.Skipped(new SkipReason.EmptyLink()),
          new Outcome.Known(new Outcome.Broken(new Outcome.MissingFile())));

  @Test
  void statusNamesAreTheContractsAndOnlyBrokenTimeoutAndErrorFail() {
    assertThat(ONE_OF_EACH)
        .extracting(Outcome::status)
        .containsExactly(
            "ok", "redirected", "broken", "timeout", "error", "excluded", "skipped", "known");
    assertThat(ONE_OF_EACH)
        .extracting(Outcome::isFailure)
        .containsExactly(false, false, true, true, true, false, false, false);
  }

  @Test
  void aKindIsFoundByItsStatusName() {
    for (Outcome outcome : ONE_OF_EACH) {
      assertThat(Outcome.Kind.ofStatus(outcome.status())).contains(outcome.kind());
    }
    assertThat(Outcome.Kind.ofStatus("Broken")).isEmpty();
  }

  @Test
  void aBrokenTargetsCodeComesFromItsCause() {
    assertThat(new Outcome.Broken(new Outcome.Status(410)).code()).isEqualTo(410);
    assertThat(new Outcome.Broken(new Outcome.MissingFile()).code()).isNull();
    assertThat(new Outcome.Broken(new Outcome.MissingFragment("a", null, 200)).code())
        .isEqualTo(200);
    assertThat(new Outcome.Broken(new Outcome.MissingFragment("a", null, null)).code()).isNull();
    assertThat(new Outcome.Broken(new Outcome.MissingLine("L9", 3, 200)).code()).isEqualTo(200);
  }
}
