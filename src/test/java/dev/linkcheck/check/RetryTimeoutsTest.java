package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The timeout of a timeout's retry: --retry-timeout, else 4 × the host's slowest answer. */
class RetryTimeoutsTest {

  private static final URI A = URI.create("http://a.test/page");
  private static final URI A_OTHER_PAGE = URI.create("http://a.test/other");
  private static final URI B = URI.create("http://b.test/page");
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private static void answers(RetryTimeouts t, URI uri, long... millis) {
    for (long ms : millis) {
      t.answered(uri, Duration.ofMillis(ms).toNanos());
    }
  }

  @Test
  void aHostWithTooFewAnswersGetsItsWholeTimeout() {
    RetryTimeouts t = new RetryTimeouts(null);
    assertThat(t.forRetry(A, TIMEOUT)).isEqualTo(TIMEOUT);

    answers(t, A, 100, 100);
    assertThat(t.forRetry(A, TIMEOUT)).isEqualTo(TIMEOUT);

    answers(t, A, 100);
    assertThat(t.forRetry(A, TIMEOUT)).isEqualTo(RetryTimeouts.FLOOR);
  }

  @Test
  void aRetryWaitsFourTimesTheHostsSlowestAnswer() {
    RetryTimeouts t = new RetryTimeouts(null);
    answers(t, A, 200, 1500, 300, 900);

    assertThat(t.forRetry(A_OTHER_PAGE, TIMEOUT)).isEqualTo(Duration.ofMillis(6000));
  }

  @Test
  void theRuleIsAtLeastTheFloorAndAtMostTheHostsTimeout() {
    RetryTimeouts t = new RetryTimeouts(null);
    answers(t, A, 1, 2, 3);
    answers(t, B, 100, 4000, 100);

    assertThat(t.forRetry(A, TIMEOUT)).isEqualTo(RetryTimeouts.FLOOR);
    assertThat(t.forRetry(B, TIMEOUT)).isEqualTo(TIMEOUT);
    assertThat(t.forRetry(A, Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void eachHostHasItsOwnPace() {
    RetryTimeouts t = new RetryTimeouts(null);
    answers(t, A, 2000, 2000, 2000);

    assertThat(t.forRetry(A, TIMEOUT)).isEqualTo(Duration.ofSeconds(8));
    assertThat(t.forRetry(B, TIMEOUT)).isEqualTo(TIMEOUT);
    assertThat(t.forRetry(URI.create("http://a.test:8080/"), TIMEOUT)).isEqualTo(TIMEOUT);
  }

  @Test
  void aGivenRetryTimeoutIsUsedAsItIsEvenBeyondTheTimeout() {
    RetryTimeouts t = new RetryTimeouts(Duration.ofSeconds(30));
    answers(t, A, 100, 100, 100);

    assertThat(t.forRetry(A, TIMEOUT)).isEqualTo(Duration.ofSeconds(30));
    assertThat(t.forRetry(B, TIMEOUT)).isEqualTo(Duration.ofSeconds(30));
  }
}
