package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.model.HostStat;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostStatsTest {

  @Test
  void eachHostGetsItsCountsPercentilesStatusesAndWaitsSortedByHost() {
    HostStats stats = new HostStats();
    for (int ms = 1; ms <= 20; ms++) {
      stats.request("B.example", ms == 20 ? 429 : 200, Duration.ofMillis(ms));
    }
    stats.request("a.example", null, Duration.ofSeconds(10));
    stats.waited("b.example", Duration.ofSeconds(2));
    stats.waited("b.example", Duration.ofMillis(500));
    List<HostStat> snapshot = stats.snapshot();
    assertThat(snapshot).extracting(HostStat::host).containsExactly("a.example", "b.example");
    HostStat b = snapshot.get(1);
    assertThat(b.requests()).isEqualTo(20);
    assertThat(b.p50()).isEqualTo(Duration.ofMillis(10));
    assertThat(b.p95()).isEqualTo(Duration.ofMillis(19));
    assertThat(b.statuses())
        .containsExactly(java.util.Map.entry("200", 19), java.util.Map.entry("429", 1));
    assertThat(b.waits()).isEqualTo(2);
    assertThat(b.waited()).isEqualTo(Duration.ofMillis(2500));
    assertThat(snapshot.get(0).statuses()).containsEntry("error", 1);
    assertThat(snapshot.get(0).p95()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void aHostThatOnlyWaitedHasNoLatencies() {
    HostStats stats = new HostStats();
    stats.waited("c.example", Duration.ofSeconds(1));
    HostStat c = stats.snapshot().getFirst();
    assertThat(c.requests()).isZero();
    assertThat(c.p50()).isZero();
  }
}
