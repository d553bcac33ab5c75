package dev.linkcheck.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.Target;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A timeout's retry against a real WireMock server: bounded by --retry-timeout, or by the rule from
 * the host's answers, so a stall that clears ends ok and a hang costs less than a timeout.
 */
class TimeoutRetryTest {

  private WireMockServer server;

  @BeforeEach
  void start() {
    server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  /**
   * {@code path}'s first request is answered after {@code firstMs}, every later one after {@code
   * thenMs}.
   */
  private void stall(String path, int firstMs, int thenMs) {
    String scenario = "stall " + path;
    server.stubFor(
        any(urlEqualTo(path))
            .inScenario(scenario)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(200).withFixedDelay(firstMs))
            .willSetStateTo("retried"));
    server.stubFor(
        any(urlEqualTo(path))
            .inScenario(scenario)
            .whenScenarioStateIs("retried")
            .willReturn(aResponse().withStatus(200).withFixedDelay(thenMs)));
  }

  private CheckResult check(Checker checker, String path) {
    return checker.check(new Target.Remote(URI.create("http://127.0.0.1:" + server.port() + path)));
  }

  private int requests(String path) {
    return server.findAll(anyRequestedFor(urlEqualTo(path))).size();
  }

  private static CheckOptions.Builder options(Duration timeout) {
    return CheckOptions.builder()
        .timeout(timeout)
        .retryWait(Duration.ofMillis(10))
        .userAgent("linkcheck-test");
  }

  @Test
  void aTimeoutsRetryEndsAtTheRetryTimeout() {
    // Within the 1 s timeout, beyond the retry's 300 ms.
    stall("/stall", 3000, 700);

    try (Checker checker =
        new Checker(options(Duration.ofSeconds(1)).retryTimeout(Duration.ofMillis(300)).build())) {
      assertThat(check(checker, "/stall").outcome())
          .isEqualTo(new Outcome.Timeout(Duration.ofSeconds(1)));
    }
    assertThat(requests("/stall")).isEqualTo(2);
  }

  @Test
  void aStallThatClearsWithinTheRetryTimeoutEndsOk() {
    stall("/stall", 3000, 1200);

    try (Checker checker =
        new Checker(options(Duration.ofSeconds(1)).retryTimeout(Duration.ofSeconds(3)).build())) {
      assertThat(check(checker, "/stall").outcome()).isEqualTo(new Outcome.Ok(200));
    }
    assertThat(requests("/stall")).isEqualTo(2);
  }

  @Test
  void onAFastHostTheRuleEndsAStallThatClearsOkAndCutsAHangThatComesBackShort() {
    WireMockServer silent =
        new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    silent.start();
    try {
      server.stubFor(any(urlEqualTo("/fast")).willReturn(aResponse().withStatus(200)));
      // The rule gives this host's retries its 2 s floor, within the 4 s timeout.
      stall("/clears", 6000, 300);
      stall("/comes-back", 6000, 3000);
      // Another host (port), which has not answered before: its retry gets the whole 4 s.
      silent.stubFor(
          any(urlEqualTo("/stall"))
              .inScenario("silent")
              .whenScenarioStateIs(Scenario.STARTED)
              .willReturn(aResponse().withStatus(200).withFixedDelay(6000))
              .willSetStateTo("retried"));
      silent.stubFor(
          any(urlEqualTo("/stall"))
              .inScenario("silent")
              .whenScenarioStateIs("retried")
              .willReturn(aResponse().withStatus(200).withFixedDelay(3000)));

      try (Checker checker = new Checker(options(Duration.ofSeconds(4)).build());
          ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
        CompletableFuture<CheckResult> unknownHost =
            CompletableFuture.supplyAsync(
                () ->
                    checker.check(
                        new Target.Remote(
                            URI.create("http://127.0.0.1:" + silent.port() + "/stall"))),
                pool);
        for (int i = 0; i < RetryTimeouts.MIN_ANSWERS; i++) {
          assertThat(check(checker, "/fast").outcome()).isEqualTo(new Outcome.Ok(200));
        }
        CompletableFuture<CheckResult> clears =
            CompletableFuture.supplyAsync(() -> check(checker, "/clears"), pool);
        CompletableFuture<CheckResult> comesBack =
            CompletableFuture.supplyAsync(() -> check(checker, "/comes-back"), pool);

        assertThat(clears.join().outcome()).isEqualTo(new Outcome.Ok(200));
        assertThat(comesBack.join().outcome())
            .isEqualTo(new Outcome.Timeout(Duration.ofSeconds(4)));
        assertThat(unknownHost.join().outcome()).isEqualTo(new Outcome.Ok(200));
      }
      assertThat(requests("/clears")).isEqualTo(2);
      assertThat(requests("/comes-back")).isEqualTo(2);
      assertThat(silent.findAll(anyRequestedFor(urlEqualTo("/stall")))).hasSize(2);
    } finally {
      silent.stop();
    }
  }
}
