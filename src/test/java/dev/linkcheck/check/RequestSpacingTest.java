package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RequestSpacingTest {

  @Test
  void theFirstRequestGoesAtOnceAndTheNextWaitsOutTheInterval() {
    RequestSpacing spacing = new RequestSpacing(Duration.ofSeconds(30));

    assertThat(spacing.claim()).isZero();
    long early = spacing.claim();

    assertThat(early).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30).toNanos());
    assertThat(spacing.claim()).as("a too-early ask claims nothing").isPositive();
  }

  @Test
  void noIntervalNeverWaits() {
    RequestSpacing spacing = new RequestSpacing(Duration.ZERO);

    for (int i = 0; i < 5; i++) {
      assertThat(spacing.claim()).isZero();
    }
  }
}
