package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The README's retry rules, read off {@link RetryPolicy} one answer at a time. */
class RetryPolicyTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final RetryPolicy.Next GET = new RetryPolicy.GetInstead();
  private static final RetryPolicy.Next STOP = new RetryPolicy.Stop();

  private static RetryPolicy.Budget budget(int retries, Duration firstWait, Duration cap) {
    return new RetryPolicy(
            CheckOptions.builder()
                .maxRetries(retries)
                .retryWait(firstWait)
                .retryAfterCap(cap)
                .build())
        .budget();
  }

  private static RetryPolicy.Budget budget(int retries) {
    return budget(retries, Duration.ofSeconds(1), RetryPolicy.RETRY_AFTER_CAP);
  }

  private static RetryPolicy.Retry retry(long seconds, boolean pausesHost) {
    return new RetryPolicy.Retry(Duration.ofSeconds(seconds), pausesHost, true);
  }

  @Test
  void aTransientStatusIsRetriedWithABackoffThatDoublesUntilTheRetriesAreSpent() {
    RetryPolicy.Budget b = budget(3);

    assertThat(b.afterStatus(Method.GET, 503, null, NOW)).isEqualTo(retry(1, false));
    assertThat(b.afterStatus(Method.GET, 500, null, NOW)).isEqualTo(retry(2, false));
    assertThat(b.afterStatus(Method.GET, 408, null, NOW)).isEqualTo(retry(4, false));
    assertThat(b.afterStatus(Method.GET, 503, null, NOW)).isEqualTo(STOP);
  }

  @Test
  void aFailingStatusThatIsNotTransientStandsAtOnceOnGet() {
    assertThat(budget(2).afterStatus(Method.GET, 404, null, NOW)).isEqualTo(STOP);
    assertThat(budget(2).afterStatus(Method.GET, 403, null, NOW)).isEqualTo(STOP);
  }

  @Test
  void aHeadThatIsNotAcceptedIsAskedOnceMoreWithGet() {
    for (int code : new int[] {403, 404, 405, 500, 501}) {
      assertThat(budget(2).afterStatus(Method.HEAD, code, null, NOW)).as("%d", code).isEqualTo(GET);
    }
  }

  @Test
  void aTransientHeadIsRetriedFirstAndItsGetSharesTheRetriesLeft() {
    RetryPolicy.Budget b = budget(1);

    assertThat(b.afterStatus(Method.HEAD, 503, null, NOW)).isEqualTo(retry(1, false));
    assertThat(b.afterStatus(Method.HEAD, 503, null, NOW)).isEqualTo(GET);
    assertThat(b.afterStatus(Method.GET, 503, null, NOW)).isEqualTo(STOP);
  }

  @Test
  void tooManyRequestsIsNeverAskedAgainWithGet() {
    assertThat(budget(0).afterStatus(Method.HEAD, 429, null, NOW)).isEqualTo(STOP);
  }

  @Test
  void retryAfterReplacesTheBackoffAndPausesTheHostAsATooManyRequestsAlwaysDoes() {
    RetryPolicy.Budget b = budget(4);

    assertThat(b.afterStatus(Method.GET, 503, "7", NOW)).isEqualTo(retry(7, true));
    assertThat(b.afterStatus(Method.GET, 429, null, NOW)).isEqualTo(retry(2, true));
    assertThat(b.afterStatus(Method.GET, 503, "Thu, 01 Jan 2026 00:00:30 GMT", NOW))
        .isEqualTo(retry(30, true));
    // An unreadable value still asks the host for a pause: the backoff's.
    assertThat(b.afterStatus(Method.GET, 503, "soon", NOW)).isEqualTo(retry(8, true));
  }

  @Test
  void retryAfterIsCappedButTheBackoffIsNot() {
    RetryPolicy.Budget b = budget(3, Duration.ofSeconds(40), RetryPolicy.RETRY_AFTER_CAP);

    assertThat(b.afterStatus(Method.GET, 429, "86400", NOW)).isEqualTo(retry(60, true));
    assertThat(b.afterStatus(Method.GET, 503, null, NOW)).isEqualTo(retry(80, false));
    assertThat(b.afterFailure(Failure.Kind.TIMEOUT))
        .isEqualTo(new RetryPolicy.Retry(Duration.ofSeconds(160), false, false));
  }

  @Test
  void timeoutsAndBrokenConnectionsAreRetriedOtherFailuresStandAtOnce() {
    RetryPolicy.Budget b = budget(2);

    assertThat(b.afterFailure(Failure.Kind.TIMEOUT))
        .isEqualTo(new RetryPolicy.Retry(Duration.ofSeconds(1), false, false));
    assertThat(b.afterFailure(Failure.Kind.TRANSIENT)).isEqualTo(retry(2, false));
    assertThat(b.afterFailure(Failure.Kind.TIMEOUT)).isEqualTo(STOP);
    assertThat(budget(2).afterFailure(Failure.Kind.PERMANENT)).isEqualTo(STOP);
    assertThat(budget(2).afterFailure(Failure.Kind.EXCLUDED)).isEqualTo(STOP);
  }

  @Test
  void noRetriesMeansEveryAnswerStandsOrGoesToGet() {
    assertThat(budget(0).afterStatus(Method.GET, 503, "1", NOW)).isEqualTo(STOP);
    assertThat(budget(0).afterStatus(Method.HEAD, 503, null, NOW)).isEqualTo(GET);
    assertThat(budget(0).afterFailure(Failure.Kind.TIMEOUT)).isEqualTo(STOP);
  }

  @Test
  void aTimeoutIsRetriedOnceByDefaultAndItsRetryQueuesBehindOtherUrlsFirstTries() {
    RetryPolicy.Budget b = budget(2);

    assertThat(b.afterFailure(Failure.Kind.TIMEOUT))
        .isEqualTo(new RetryPolicy.Retry(Duration.ofSeconds(1), false, false));
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
