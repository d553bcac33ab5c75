package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AdaptiveBackoffTest {

  private final AdaptiveBackoff backoff =
      new AdaptiveBackoff(Duration.ofMillis(500), Duration.ofSeconds(3));

  @Test
  void eachTooManyRequestsDoublesTheHostsDelayUpToTheMaximum() {
    assertThat(backoff.delay("github.com")).isZero();
    assertThat(backoff.tooManyRequests("github.com")).isEqualTo(Duration.ofMillis(500));
    assertThat(backoff.tooManyRequests("github.com")).isEqualTo(Duration.ofSeconds(1));
    assertThat(backoff.tooManyRequests("GitHub.com")).isEqualTo(Duration.ofSeconds(2));
    assertThat(backoff.tooManyRequests("github.com")).isEqualTo(Duration.ofSeconds(3));
    assertThat(backoff.tooManyRequests("github.com")).isEqualTo(Duration.ofSeconds(3));
    assertThat(backoff.delay("github.com")).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void aSuccessStartsTheHostOver() {
    backoff.tooManyRequests("a.example");
    backoff.tooManyRequests("a.example");
    backoff.success("a.example");
    assertThat(backoff.delay("a.example")).isZero();
    assertThat(backoff.tooManyRequests("a.example")).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void hostsAreThrottledApart() {
    backoff.tooManyRequests("a.example");
    backoff.tooManyRequests("a.example");
    assertThat(backoff.delay("b.example")).isZero();
    assertThat(backoff.tooManyRequests("b.example")).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void concurrentTooManyRequestsEachDoubleOnce() throws Exception {
    AdaptiveBackoff wide = new AdaptiveBackoff(Duration.ofMillis(1), Duration.ofDays(1));
    Thread[] threads = new Thread[8];
    for (int i = 0; i < threads.length; i++) {
      threads[i] = Thread.ofVirtual().start(() -> wide.tooManyRequests("h"));
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(wide.delay("h")).isEqualTo(Duration.ofMillis(128));
  }

  @Test
  void aBadRangeIsRefused() {
    assertThatThrownBy(() -> new AdaptiveBackoff(Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AdaptiveBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
