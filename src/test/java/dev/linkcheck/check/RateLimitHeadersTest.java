package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimitHeadersTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration CAP = Duration.ofSeconds(60);

  private static HttpHeaders headers(String... nameValues) {
    return TestHeaders.of(nameValues);
  }

  private static Optional<HostPause> pause(int status, String... nameValues) {
    return RateLimitHeaders.pause(status, headers(nameValues), NOW, CAP);
  }

  private static Duration delay(int status, String... nameValues) {
    return pause(status, nameValues).orElseThrow().delay();
  }

  @Test
  void retryAfterPausesTheHostUntilThen() {
    HostPause p = pause(429, "Retry-After", "7").orElseThrow();
    assertThat(p.delay()).isEqualTo(Duration.ofSeconds(7));
    assertThat(p.until()).isEqualTo(NOW.plusSeconds(7));
    assertThat(p.header()).isEqualTo("Retry-After");
    assertThat(p.capped()).isFalse();
  }

  @Test
  void githubsEpochSecondsResetPausesOnlyOnceTheQuotaIsUsedUp() {
    String reset = Long.toString(NOW.plusSeconds(42).getEpochSecond());
    assertThat(delay(403, "X-RateLimit-Remaining", "0", "X-RateLimit-Reset", reset))
        .isEqualTo(Duration.ofSeconds(42));
    assertThat(pause(200, "X-RateLimit-Remaining", "12", "X-RateLimit-Reset", reset)).isEmpty();
    assertThat(delay(429, "X-RateLimit-Remaining", "3", "X-RateLimit-Reset", reset))
        .isEqualTo(Duration.ofSeconds(42));
  }

  @Test
  void aResetIsReadAsDeltaSecondsEpochSecondsOrEpochMillisBySize() {
    assertThat(RateLimitHeaders.untilReset("30", NOW)).contains(Duration.ofSeconds(30));
    assertThat(RateLimitHeaders.untilReset(Long.toString(NOW.getEpochSecond() + 5), NOW))
        .contains(Duration.ofSeconds(5));
    assertThat(RateLimitHeaders.untilReset(Long.toString(NOW.toEpochMilli() + 2500), NOW))
        .contains(Duration.ofMillis(2500));
    assertThat(RateLimitHeaders.untilReset(Long.toString(NOW.getEpochSecond() - 5), NOW))
        .contains(Duration.ZERO);
    assertThat(RateLimitHeaders.untilReset("Thu, 01 Jan 2026 00:00:09 GMT", NOW))
        .contains(Duration.ofSeconds(9));
    assertThat(RateLimitHeaders.untilReset("soon", NOW)).isEmpty();
  }

  @Test
  void theOlderIetfFieldsPauseWhenNothingRemains() {
    assertThat(
            delay(
                200, "RateLimit-Limit", "100", "RateLimit-Remaining", "0", "RateLimit-Reset", "9"))
        .isEqualTo(Duration.ofSeconds(9));
    assertThat(pause(200, "RateLimit-Remaining", "1", "RateLimit-Reset", "9")).isEmpty();
    assertThat(
            pause(200, "RateLimit-Remaining", "0", "RateLimit-Reset", "9").orElseThrow().header())
        .isEqualTo("RateLimit-Reset");
  }

  @Test
  void theStructuredListFormPausesForEachExhaustedPolicy() {
    assertThat(delay(200, "RateLimit", "\"default\";r=0;t=30")).isEqualTo(Duration.ofSeconds(30));
    assertThat(pause(200, "RateLimit", "\"default\";r=5;t=30")).isEmpty();
    assertThat(delay(200, "RateLimit", "\"burst\";r=0;t=4, \"day\";r=0;t=20"))
        .isEqualTo(Duration.ofSeconds(20));
    assertThat(delay(429, "RateLimit", "\"default\";r=5;t=11")).isEqualTo(Duration.ofSeconds(11));
  }

  @Test
  void aPolicysWindowStandsInForAMissingReset() {
    assertThat(delay(200, "RateLimit", "\"hour\";r=0", "RateLimit-Policy", "\"hour\";q=100;w=45"))
        .isEqualTo(Duration.ofSeconds(45));
    assertThat(pause(200, "RateLimit", "\"hour\";r=0", "RateLimit-Policy", "\"other\";q=1;w=45"))
        .isEmpty();
  }

  @Test
  void theStructuredDictionaryFormIsReadToo() {
    assertThat(delay(200, "RateLimit", "limit=100, remaining=0, reset=12"))
        .isEqualTo(Duration.ofSeconds(12));
    assertThat(pause(200, "RateLimit", "limit=100, remaining=3, reset=12")).isEmpty();
  }

  @Test
  void theLongestPauseAskedForWinsAndIsCapped() {
    HostPause p =
        pause(429, "Retry-After", "5", "X-RateLimit-Remaining", "0", "X-RateLimit-Reset", "3600")
            .orElseThrow();
    assertThat(p.asked()).isEqualTo(Duration.ofSeconds(3600));
    assertThat(p.delay()).isEqualTo(CAP);
    assertThat(p.until()).isEqualTo(NOW.plus(CAP));
    assertThat(p.header()).isEqualTo("X-RateLimit-Reset");
    assertThat(p.capped()).isTrue();
  }

  @Test
  void unreadableOrAbsentFieldsAskForNothing() {
    assertThat(pause(429)).isEmpty();
    assertThat(pause(429, "Retry-After", "later", "RateLimit", "garbage;;==")).isEmpty();
    assertThat(pause(200, "X-RateLimit-Remaining", "0")).isEmpty();
  }

  @Test
  void anAbsurdResetIsTheCapNotAnOverflow() {
    assertThat(delay(200, "RateLimit", "\"default\";r=0;t=99999999999999999999")).isEqualTo(CAP);
    assertThat(delay(429, "Retry-After", "99999999999999999999")).isEqualTo(CAP);
  }
}
