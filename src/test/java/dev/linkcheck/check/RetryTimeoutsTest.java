package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The timeout of a timeout's retry: --retry-timeout, else 4 × the host's 95th percentile. */
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
  void aRetryWaitsFourTimesTheTimeWithinWhichTheHostGives95PercentOfItsAnswers() {
    RetryTimeouts t = new RetryTimeouts(null);
    for (int i = 0; i < 19; i++) {
      answers(t, A, 200);
    }
    answers(t, A, 1500);
    // 20 answers: the 19th is the 95th percentile, a 200 ms one; 4 × that is below the floor.
    assertThat(RetryTimeouts.upperEdge(RetryTimeouts.bucket(ms(200))).multipliedBy(4))
        .isLessThan(RetryTimeouts.FLOOR);
    assertThat(t.forRetry(A_OTHER_PAGE, TIMEOUT)).isEqualTo(RetryTimeouts.FLOOR);

    answers(t, A, 1500, 1500);
    // Now 3 of 22 are slow: the 95th percentile is one of them.
    assertThat(t.forRetry(A, TIMEOUT))
        .isEqualTo(RetryTimeouts.upperEdge(RetryTimeouts.bucket(ms(1500))).multipliedBy(4));
  }

  @Test
  void aFewSlowAnswersWhileTheClientWarmsUpDoNotLengthenEveryRetry() {
    RetryTimeouts t = new RetryTimeouts(null);
    answers(t, A, 3000, 2800, 2500);
    for (int i = 0; i < 100; i++) {
      answers(t, A, 100);
    }

    assertThat(t.forRetry(A, TIMEOUT)).isEqualTo(RetryTimeouts.FLOOR);
  }

  @Test
  void bucketsRoundAnAnswerUpByLessThanAQuarterDoubling() {
    for (long ms : new long[] {1, 2, 7, 100, 1500, 9999, 60_000}) {
      Duration edge = RetryTimeouts.upperEdge(RetryTimeouts.bucket(ms(ms)));
      assertThat(edge).as("%d ms", ms).isGreaterThanOrEqualTo(Duration.ofMillis(ms));
      assertThat(edge.toNanos()).as("%d ms", ms).isLessThan((long) (ms(ms) * 1.19));
    }
    assertThat(RetryTimeouts.bucket(0)).isZero();
  }

  private static long ms(long millis) {
    return Duration.ofMillis(millis).toNanos();
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

    assertThat(t.forRetry(A, TIMEOUT))
        .isEqualTo(RetryTimeouts.upperEdge(RetryTimeouts.bucket(ms(2000))).multipliedBy(4));
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
