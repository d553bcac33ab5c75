package dev.linkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressLineTest {

  @Test
  void theBarFillsInProportionToTheDecidedShare() {
    assertThat(ProgressLine.bar(0, 0)).isEqualTo("[" + ".".repeat(20) + "]");
    assertThat(ProgressLine.bar(1, 4)).isEqualTo("[#####" + ".".repeat(15) + "]");
    assertThat(ProgressLine.bar(4, 4)).isEqualTo("[" + "#".repeat(20) + "]");
  }

  @Test
  void theBarNeverOverflows() {
    assertThat(ProgressLine.bar(9, 4)).isEqualTo("[" + "#".repeat(20) + "]");
    assertThat(ProgressLine.bar(Integer.MAX_VALUE - 1, Integer.MAX_VALUE)).hasSize(22);
  }
}
