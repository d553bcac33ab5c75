package dev.linkcheck.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.linkcheck.Loopback;
import dev.linkcheck.model.HostStat;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.Target;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rate-limit headers pause a host after any answer, for every URL of it and no other host; a host
 * that keeps answering 429 slows down adaptively. Timings are read off the server's own request
 * log; resets are short (1–2 s) and margins wide enough for a loaded machine.
 */
class RateLimitPauseTest {

  @RegisterExtension final Loopback web = Loopback.start();
  private final WireMockServer server = web.server();
  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  private Checker checker(CheckOptions.Builder options) {
    Checker c = new Checker(options.build());
    open.add(c);
    return c;
  }

  private Checker checker() {
    return checker(TestOptions.builder(Duration.ofSeconds(5), 2, Duration.ofMillis(100)));
  }

  private String http(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private static Outcome check(Checker checker, String url) {
    return checker.check(new Target.Remote(URI.create(url))).outcome();
  }

  private void stub(String path, ResponseDefinitionBuilder answer) {
    server.stubFor(any(urlEqualTo(path)).willReturn(answer));
  }

  private static ResponseDefinitionBuilder ok() {
    return aResponse().withStatus(200);
  }

  /** When the server received the requests for {@code path}, epoch milliseconds, in order. */
  private List<Long> received(String path) {
    return server.findAll(anyRequestedFor(urlEqualTo(path))).stream()
        .map(LoggedRequest::getLoggedDate)
        .map(d -> d.getTime())
        .toList();
  }

  private HostStat stat(Checker checker, String host) {
    return checker.hostStats().stream()
        .filter(s -> s.host().equals(host))
        .findFirst()
        .orElseThrow();
  }

  private String host() {
    return "127.0.0.1:" + server.port();
  }

  @Test
  void anExhaustedGithubStyleQuotaPausesTheHostUntilItsEpochSecondsReset() {
    // Two seconds ahead, whole seconds as GitHub sends them: the pause is between 1 and 2 s.
    long reset = System.currentTimeMillis() / 1000 + 2;
    web.quotaUsedUp("/quota", Long.toString(reset));
    stub("/next", ok());
    Checker checker = checker();

    assertThat(check(checker, http("/quota"))).isEqualTo(new Outcome.Ok(200));
    assertThat(check(checker, http("/next"))).isEqualTo(new Outcome.Ok(200));

    // No request reached the host before the reset (ms granularity of the log aside).
    assertThat(received("/next"))
        .singleElement()
        .satisfies(t -> assertThat(t).isGreaterThanOrEqualTo(reset * 1000 - 20));
    HostStat stat = stat(checker, host());
    assertThat(stat.requests()).isEqualTo(2);
    assertThat(stat.statuses()).isEqualTo(Map.of("200", 2));
    assertThat(stat.waits()).isEqualTo(1);
    assertThat(stat.waited()).isPositive();
  }

  @Test
  void aQuotaThatIsNotUsedUpPausesNothing() {
    stub(
        "/left",
        ok().withHeader("X-RateLimit-Remaining", "10").withHeader("X-RateLimit-Reset", "30"));
    stub("/next", ok());
    Checker checker = checker();

    check(checker, http("/left"));
    long start = System.nanoTime();
    check(checker, http("/next"));

    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    assertThat(stat(checker, host()).waits()).isZero();
  }

  @Test
  void theStructuredRateLimitFieldPausesTheHost() {
    stub("/structured", ok().withHeader("RateLimit", "\"default\";r=0;t=1"));
    stub("/next", ok());
    Checker checker = checker();

    check(checker, http("/structured"));
    check(checker, http("/next"));

    long gap = received("/next").getFirst() - received("/structured").getFirst();
    assertThat(gap).isGreaterThanOrEqualTo(950);
  }

  @Test
  void aPauseLongerThanTheCapIsCutToTheCap() {
    long anHourAhead = System.currentTimeMillis() / 1000 + 3600;
    web.quotaUsedUp("/greedy", Long.toString(anHourAhead));
    stub("/next", ok());
    Checker checker =
        checker(
            TestOptions.builder(Duration.ofSeconds(5), 2, Duration.ofMillis(100))
                .retryAfterCap(Duration.ofMillis(400)));

    long start = System.nanoTime();
    check(checker, http("/greedy"));
    check(checker, http("/next"));
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;

    assertThat(received("/next").getFirst() - received("/greedy").getFirst())
        .isGreaterThanOrEqualTo(380);
    assertThat(elapsedMs).isLessThan(10_000);
  }

  @Test
  void anotherHostIsNotHeldUpWhileOneIsPaused() throws Exception {
    stub("/quota", ok().withHeader("RateLimit-Remaining", "0").withHeader("RateLimit-Reset", "2"));
    stub("/next", ok());
    WireMockServer other =
        new WireMockServer(wireMockConfig().bindAddress("127.0.0.2").dynamicPort());
    other.start();
    open.add(other::stop);
    other.stubFor(any(urlPathMatching("/.*")).willReturn(ok()));
    Checker checker = checker();

    check(checker, http("/quota"));
    // Its own thread, not the common pool: the HTTP client completes its futures there.
    CompletableFuture<Outcome> paused = new CompletableFuture<>();
    Thread.ofVirtual().start(() -> paused.complete(check(checker, http("/next"))));
    for (int i = 0; i < 10; i++) {
      assertThat(check(checker, "http://127.0.0.2:" + other.port() + "/" + i))
          .isEqualTo(new Outcome.Ok(200));
    }
    long otherDone = System.currentTimeMillis();

    assertThat(paused.get(20, TimeUnit.SECONDS)).isEqualTo(new Outcome.Ok(200));
    // The other host's ten checks all came and went while the first host was still paused.
    assertThat(received("/next").getFirst()).isGreaterThan(otherDone);
    assertThat(received("/next").getFirst() - received("/quota").getFirst())
        .isGreaterThanOrEqualTo(1950);
  }

  /** {@code path} answers 429 (no header) {@code times} times, then 200. */
  private void tooManyThen200(String path, int times) {
    for (int i = 0; i < times; i++) {
      server.stubFor(
          any(urlEqualTo(path))
              .inScenario(path)
              .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "429-" + i)
              .willReturn(aResponse().withStatus(429))
              .willSetStateTo("429-" + (i + 1)));
    }
    server.stubFor(
        any(urlEqualTo(path))
            .inScenario(path)
            .whenScenarioStateIs("429-" + times)
            .willReturn(ok()));
  }

  @Test
  void aHostThatKeepsAnsweringTooManyRequestsSlowsDownWithGrowingGapsAndSpendsNoRetry() {
    tooManyThen200("/busy", 3);
    // No retries at all: only the free 429 retries can bring the link to its 200.
    Checker checker =
        checker(TestOptions.builder(Duration.ofSeconds(5), 0, Duration.ofMillis(150)));

    assertThat(check(checker, http("/busy"))).isEqualTo(new Outcome.Ok(200));

    List<Long> at = received("/busy");
    assertThat(at).hasSize(4);
    // The back-off doubles with each 429: 150, 300, 600 ms.
    assertThat(at.get(1) - at.get(0)).isGreaterThanOrEqualTo(140);
    assertThat(at.get(2) - at.get(1)).isGreaterThanOrEqualTo(290);
    assertThat(at.get(3) - at.get(2)).isGreaterThanOrEqualTo(590);
    HostStat stat = stat(checker, host());
    assertThat(stat.requests()).isEqualTo(4);
    assertThat(stat.statuses()).isEqualTo(Map.of("200", 1, "429", 3));
    assertThat(stat.waits()).isEqualTo(3);
  }

  @Test
  void aRetryAfterLongerThanTheBackOffIsWaitedWhole() {
    Stubs.tooManyThenOk(server, "/later", "1");
    Checker checker = checker();

    assertThat(check(checker, http("/later"))).isEqualTo(new Outcome.Ok(200));

    List<Long> at = received("/later");
    assertThat(at.get(1) - at.get(0)).isGreaterThanOrEqualTo(950);
  }
}
