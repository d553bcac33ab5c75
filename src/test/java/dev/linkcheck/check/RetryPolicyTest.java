package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The README's retry rules, read off {@link RetryPolicy} one answer at a time. */
class RetryPolicyTest {

  private static final Duration NONE = Duration.ZERO;
  private static final RetryPolicy.Next GET = new RetryPolicy.GetInstead();
  private static final RetryPolicy.Next STOP = new RetryPolicy.Stop();

  private static RetryPolicy.Budget budget(int retries) {
    return new RetryPolicy(
            CheckOptions.builder().maxRetries(retries).retryWait(Duration.ofSeconds(1)).build())
        .budget();
  }

  private static RetryPolicy.Retry retry(long seconds, boolean hostPaused) {
    return new RetryPolicy.Retry(Duration.ofSeconds(seconds), hostPaused, true, true);
  }

  private static RetryPolicy.Retry free(long seconds) {
    return new RetryPolicy.Retry(Duration.ofSeconds(seconds), true, true, false);
  }

  private static Duration paused(long seconds) {
    return Duration.ofSeconds(seconds);
  }

  @Test
  void aTransientStatusIsRetriedWithABackoffThatDoublesUntilTheRetriesAreSpent() {
    RetryPolicy.Budget b = budget(3);

    assertThat(b.afterStatus(Method.GET, 503, NONE)).isEqualTo(retry(1, false));
    assertThat(b.afterStatus(Method.GET, 500, NONE)).isEqualTo(retry(2, false));
    assertThat(b.afterStatus(Method.GET, 408, NONE)).isEqualTo(retry(4, false));
    assertThat(b.afterStatus(Method.GET, 503, NONE)).isEqualTo(STOP);
  }

  @Test
  void aFailingStatusThatIsNotTransientStandsAtOnceOnGet() {
    assertThat(budget(2).afterStatus(Method.GET, 404, NONE)).isEqualTo(STOP);
    assertThat(budget(2).afterStatus(Method.GET, 403, NONE)).isEqualTo(STOP);
  }

  @Test
  void aHeadThatIsNotAcceptedIsAskedOnceMoreWithGet() {
    for (int code : new int[] {403, 404, 405, 500, 501}) {
      assertThat(budget(2).afterStatus(Method.HEAD, code, NONE)).as("%d", code).isEqualTo(GET);
    }
  }

  @Test
  void aTransientHeadIsRetriedFirstAndItsGetSharesTheRetriesLeft() {
    RetryPolicy.Budget b = budget(1);

    assertThat(b.afterStatus(Method.HEAD, 503, NONE)).isEqualTo(retry(1, false));
    assertThat(b.afterStatus(Method.HEAD, 503, NONE)).isEqualTo(GET);
    assertThat(b.afterStatus(Method.GET, 503, NONE)).isEqualTo(STOP);
  }

  @Test
  void tooManyRequestsIsNeverAskedAgainWithGet() {
    RetryPolicy.Budget b = budget(0);
    for (int i = 0; i < RetryPolicy.FREE_TOO_MANY; i++) {
      b.afterStatus(Method.HEAD, 429, paused(1));
    }

    assertThat(b.afterStatus(Method.HEAD, 429, paused(1))).isEqualTo(STOP);
  }

  @Test
  void aPausedHostsWaitReplacesTheBackoffAndIsWaitedAtTheHostsGate() {
    RetryPolicy.Budget b = budget(4);

    assertThat(b.afterStatus(Method.GET, 503, paused(7))).isEqualTo(retry(7, true));
    assertThat(b.afterStatus(Method.GET, 503, paused(30))).isEqualTo(retry(30, true));
    // No pause (no rate-limit header): the URL's own backoff, slept, which doubled meanwhile.
    assertThat(b.afterStatus(Method.GET, 503, NONE)).isEqualTo(retry(4, false));
  }

  @Test
  void aUrlsFirstTooManyRequestsCostNoRetryThenTheySpendThem() {
    RetryPolicy.Budget b = budget(1);

    assertThat(b.afterStatus(Method.GET, 429, paused(1))).isEqualTo(free(1));
    assertThat(b.afterStatus(Method.GET, 429, paused(2))).isEqualTo(free(2));
    assertThat(b.afterStatus(Method.GET, 429, paused(4))).isEqualTo(free(4));
    assertThat(RetryPolicy.FREE_TOO_MANY).isEqualTo(3);
    assertThat(b.afterStatus(Method.GET, 429, paused(8))).isEqualTo(retry(8, true));
    assertThat(b.afterStatus(Method.GET, 429, paused(16))).isEqualTo(STOP);
  }

  @Test
  void freeTooManyRequestsLeaveTheRetriesForOtherFaults() {
    RetryPolicy.Budget b = budget(1);

    assertThat(b.afterStatus(Method.GET, 429, paused(1))).isEqualTo(free(1));
    assertThat(b.afterStatus(Method.GET, 503, NONE)).isEqualTo(retry(1, false));
    assertThat(b.afterStatus(Method.GET, 503, NONE)).isEqualTo(STOP);
  }

  @Test
  void timeoutsAndBrokenConnectionsAreRetriedOtherFailuresStandAtOnce() {
    RetryPolicy.Budget b = budget(2);

    // A timeout's retry waits no backoff and doubles none: the host just had a whole timeout.
    assertThat(b.afterFailure(Failure.Kind.TIMEOUT))
        .isEqualTo(new RetryPolicy.Retry(Duration.ZERO, false, false, true));
    assertThat(b.afterFailure(Failure.Kind.TRANSIENT)).isEqualTo(retry(1, false));
    assertThat(b.afterFailure(Failure.Kind.TIMEOUT)).isEqualTo(STOP);
    assertThat(budget(2).afterFailure(Failure.Kind.PERMANENT)).isEqualTo(STOP);
    assertThat(budget(2).afterFailure(Failure.Kind.EXCLUDED)).isEqualTo(STOP);
  }

  @Test
  void noRetriesMeansEveryAnswerStandsOrGoesToGet() {
    assertThat(budget(0).afterStatus(Method.GET, 503, paused(1))).isEqualTo(STOP);
    assertThat(budget(0).afterStatus(Method.HEAD, 503, NONE)).isEqualTo(GET);
    assertThat(budget(0).afterFailure(Failure.Kind.TIMEOUT)).isEqualTo(STOP);
  }

  @Test
  void aTimeoutIsRetriedOnceByDefaultAndItsRetryQueuesBehindOtherUrlsFirstTries() {
    RetryPolicy.Budget b = budget(2);

    assertThat(b.afterFailure(Failure.Kind.TIMEOUT))
        .isEqualTo(new RetryPolicy.Retry(Duration.ZERO, false, false, true));
    assertThat(b.afterFailure(Failure.Kind.TIMEOUT)).isEqualTo(STOP);
  }

  @Test
  void maxTimeoutRetriesSetsHowManyTimeoutsAreRetried() {
    RetryPolicy.Budget none =
        new RetryPolicy(CheckOptions.builder().maxTimeoutRetries(0).build()).budget();
    RetryPolicy.Budget two =
        new RetryPolicy(CheckOptions.builder().maxTimeoutRetries(2).build()).budget();

    assertThat(none.afterFailure(Failure.Kind.TIMEOUT)).isEqualTo(STOP);
    assertThat(two.afterFailure(Failure.Kind.TIMEOUT)).isInstanceOf(RetryPolicy.Retry.class);
    assertThat(two.afterFailure(Failure.Kind.TIMEOUT)).isInstanceOf(RetryPolicy.Retry.class);
    assertThat(two.afterFailure(Failure.Kind.TIMEOUT)).isEqualTo(STOP);
  }
}
