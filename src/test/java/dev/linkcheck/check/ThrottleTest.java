package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.helpers.NOPLogger;

/** The adaptive back-off as {@link Throttle} applies it to a host's gate, one answer at a time. */
class ThrottleTest {

  private static final URI URL = URI.create("http://127.0.0.1:1/x");

  private final HostGates gates = new HostGates(8);
  private final Throttle throttle =
      new Throttle(
          CheckOptions.builder().retryWait(Duration.ofSeconds(2)).build(),
          gates,
          NOPLogger.NOP_LOGGER);

  private static Answer status(int code, String... headers) {
    HttpHeaders h = TestHeaders.of(headers);
    return new Answer.Status(code, List.of(), null, h, URL);
  }

  private Duration remaining() {
    return gates.of(URL).remaining();
  }

  @Test
  void eachTooManyRequestsDoublesTheHostsPause() {
    throttle.answered(URL, status(429), System.nanoTime());
    assertThat(remaining()).isGreaterThan(Duration.ofMillis(1500)).isLessThanOrEqualTo(seconds(2));

    // The next request goes out once that pause is over (the gate lets none out before).
    throttle.answered(URL, status(429), afterThePause());
    assertThat(remaining()).isGreaterThan(Duration.ofMillis(3500)).isLessThanOrEqualTo(seconds(4));
    assertThat(gates.of(URL).reason()).isEqualTo(Throttle.BACKOFF);
  }

  @Test
  void aRequestSentLateInABurstDuringThePauseItRaisedDoesNotDoubleIt() {
    throttle.answered(URL, status(429), System.nanoTime());
    // Admitted with the first, sent later by a loaded machine: still the same burst.
    throttle.answered(URL, status(429), System.nanoTime());
    throttle.answered(URL, status(429), System.nanoTime());

    assertThat(remaining()).isLessThanOrEqualTo(seconds(2));
  }

  /** A send time just after the host's current pause ends. */
  private long afterThePause() {
    return System.nanoTime() + remaining().toNanos() + 1_000_000;
  }

  @Test
  void aHostGivenAllItsPausesIsExhaustedAndPausedNoMore() {
    // A one-second cap: a budget of two seconds of pauses, used up by the first 2 s back-off.
    Throttle capped =
        new Throttle(
            CheckOptions.builder()
                .retryWait(Duration.ofSeconds(2))
                .retryAfterCap(Duration.ofSeconds(1))
                .build(),
            gates,
            NOPLogger.NOP_LOGGER);
    assertThat(capped.exhausted(URL)).isFalse();

    capped.answered(URL, status(429), System.nanoTime());
    // The 429 that spent the budget still gets its retry...
    assertThat(capped.exhausted(URL)).isFalse();
    capped.answered(URL, status(429), afterThePause());
    // ...whose 429 finds it spent: it stands, and the host is paused no more.
    assertThat(capped.exhausted(URL)).isTrue();
    Duration before = remaining();
    capped.answered(URL, status(429, "Retry-After", "30"), afterThePause());

    assertThat(remaining()).isLessThanOrEqualTo(before);
  }

  @Test
  void aBurstSentBeforeTheHostSlowedDownDoublesItOnlyOnce() {
    long burst = System.nanoTime();
    for (int i = 0; i < 8; i++) {
      throttle.answered(URL, status(429), burst);
    }

    // Eight concurrent 429s are one signal: 2 s, not 2 s doubled seven times.
    assertThat(remaining()).isLessThanOrEqualTo(seconds(2));
  }

  @Test
  void anAnswerThatIsNeitherTooManyNorAServerErrorStartsTheBackOffOver() {
    throttle.answered(URL, status(429), System.nanoTime());
    throttle.answered(URL, status(429), System.nanoTime());
    throttle.answered(URL, status(404), System.nanoTime());
    throttle.answered(URL, status(429), System.nanoTime());

    // Paused 4 s by the second 429; the 429 after the 404 asks only 2 s again (a later pause
    // wins, so the gate keeps the 4 s), and the next one doubles from there: 4 s, not 16 s.
    throttle.answered(URL, status(429), System.nanoTime());
    assertThat(remaining()).isLessThanOrEqualTo(seconds(4));
  }

  @Test
  void rateLimitHeadersPauseAfterAnyAnswerAndNameTheHeader() {
    throttle.answered(URL, status(200, "X-RateLimit-Remaining", "0", "X-RateLimit-Reset", "30"), 0);

    assertThat(remaining()).isGreaterThan(seconds(25));
    assertThat(gates.of(URL).reason()).isEqualTo("X-RateLimit-Reset");
  }

  @Test
  void everyRequestIsCountedWithItsStatusOrAsAnError() {
    throttle.answered(URL, status(200), System.nanoTime());
    throttle.answered(
        URL, new Answer.Failed(Failure.timeout(), List.of()), System.nanoTime() - 1_000_000);
    throttle.waited(URL, Duration.ofMillis(250));

    var stat = throttle.snapshot().getFirst();
    assertThat(stat.host()).isEqualTo("127.0.0.1:1");
    assertThat(stat.requests()).isEqualTo(2);
    assertThat(stat.statuses()).containsOnlyKeys("200", "error");
    assertThat(stat.waits()).isEqualTo(1);
    assertThat(stat.waited()).isEqualTo(Duration.ofMillis(250));
  }

  private static Duration seconds(long s) {
    return Duration.ofSeconds(s);
  }
}
