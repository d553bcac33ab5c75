package dev.linkcheck.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.Target;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * TLS failures, the redirect rules and rate limiting against WireMock on loopback (its HTTPS port
 * serves WireMock's own self-signed certificate).
 */
class TlsRedirectRateLimitTest {

  private WireMockServer server;
  private final List<AutoCloseable> open = new ArrayList<>();

  @BeforeEach
  void start() {
    server =
        new WireMockServer(
            wireMockConfig().bindAddress("127.0.0.1").dynamicPort().dynamicHttpsPort());
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
    server.stop();
  }

  private Checker checker(int maxRedirects, boolean insecure, Duration retryAfterCap) {
    CheckOptions o =
        TestOptions.builder(Duration.ofSeconds(2), 2, Duration.ofMillis(100))
            .maxRedirects(maxRedirects)
            .insecure(insecure)
            .retryAfterCap(retryAfterCap)
            .build();
    Checker c = new Checker(o);
    open.add(c);
    return c;
  }

  private Checker checker() {
    return checker(10, false, RetryPolicy.RETRY_AFTER_CAP);
  }

  private String http(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private String https(String path) {
    return "https://localhost:" + server.httpsPort() + path;
  }

  private void redirect(String from, int code, String location) {
    server.stubFor(
        any(urlEqualTo(from))
            .willReturn(aResponse().withStatus(code).withHeader("Location", location)));
  }

  private static Outcome check(Checker checker, String url) {
    return checker.check(new Target.Remote(URI.create(url))).outcome();
  }

  // TLS ----------------------------------------------------------------------------------------

  @Test
  void aSelfSignedCertificateIsAnErrorNamingTheCertificateProblem() {
    server.stubFor(any(urlEqualTo("/s")).willReturn(aResponse().withStatus(200)));

    assertThat(check(checker(), https("/s")))
        .isEqualTo(
            new Outcome.Error(
                "TLS: certificate not trusted (self-signed or unknown issuer; --insecure accepts"
                    + " it)"));
  }

  @Test
  void aSelfSignedCertificateIsOkWithInsecure() {
    server.stubFor(any(urlEqualTo("/s")).willReturn(aResponse().withStatus(200)));

    assertThat(check(checker(10, true, RetryPolicy.RETRY_AFTER_CAP), https("/s")))
        .isEqualTo(new Outcome.Ok(200));
  }

  @Test
  void httpsToAPlainHttpPortIsAnError() {
    long start = System.nanoTime();
    Outcome outcome = check(checker(), "https://127.0.0.1:" + server.port() + "/");

    assertThat(outcome).isEqualTo(new Outcome.Error("TLS: server does not speak TLS on this port"));
    // an error at once, not three timed-out attempts of 2 s
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5500);
  }

  // Redirects ----------------------------------------------------------------------------------

  @Test
  void aRedirectFromHttpsToHttpIsFollowedAndReportedAsARedirect() {
    redirect("/secure", 301, http("/plain"));
    server.stubFor(any(urlEqualTo("/plain")).willReturn(aResponse().withStatus(200)));

    assertThat(check(checker(10, true, RetryPolicy.RETRY_AFTER_CAP), https("/secure")))
        .isEqualTo(new Outcome.Redirected(200, List.of(http("/plain"))));
  }

  @Test
  void aRelativeLocationResolvesAgainstTheUrlThatAnswered() {
    redirect("/docs/a/old", 302, "../b/new?x=1");
    server.stubFor(any(urlEqualTo("/docs/b/new?x=1")).willReturn(aResponse().withStatus(200)));

    assertThat(check(checker(), http("/docs/a/old")))
        .isEqualTo(new Outcome.Redirected(200, List.of(http("/docs/b/new?x=1"))));
  }

  private void stubChain(int hops) {
    for (int i = 0; i < hops; i++) {
      redirect("/hop" + i, 307, "/hop" + (i + 1));
    }
    server.stubFor(any(urlEqualTo("/hop" + hops)).willReturn(aResponse().withStatus(200)));
  }

  @Test
  void aTwentyHopChainIsFollowedWhenMaxRedirectsAllowsIt() {
    stubChain(20);

    Outcome outcome = check(checker(20, false, RetryPolicy.RETRY_AFTER_CAP), http("/hop0"));

    assertThat(outcome).isInstanceOf(Outcome.Redirected.class);
    assertThat(outcome.hops()).hasSize(20).last().isEqualTo(http("/hop20"));
  }

  @Test
  void aTwentyHopChainIsAnErrorWithTheDefaultMaxRedirects() {
    stubChain(20);

    assertThat(check(checker(), http("/hop0")))
        .isEqualTo(new Outcome.Error("too many redirects (more than 10)"));
    assertThat(server.findAll(anyRequestedFor(urlEqualTo("/hop11")))).isEmpty();
  }

  @Test
  void aRedirectLoopThroughSeveralUrlsIsAnErrorNamingTheUrl() {
    redirect("/l1", 301, "/l2");
    redirect("/l2", 301, "/l3");
    redirect("/l3", 301, "/l1");

    assertThat(check(checker(), http("/l1")))
        .isEqualTo(new Outcome.Error("redirect loop at " + http("/l1")));
  }

  @Test
  void aMalformedLocationIsAnErrorQuotingIt() {
    server.stubFor(
        any(urlEqualTo("/m"))
            .willReturn(
                aResponse().withStatus(302).withHeader("Location", "http://exa mple.com:99999/")));

    assertThat(check(checker(), http("/m")))
        .isEqualTo(
            new Outcome.Error("redirect to a malformed Location: http://exa mple.com:99999/"));
  }

  // 429 and Retry-After ------------------------------------------------------------------------

  private void stubTooManyThenOk(String path, String retryAfter) {
    Stubs.tooManyThenOk(server, path, retryAfter);
  }

  private long gapMs(String path) {
    List<LoggedRequest> r = server.findAll(anyRequestedFor(urlEqualTo(path)));
    assertThat(r).hasSize(2);
    return r.get(1).getLoggedDate().getTime() - r.get(0).getLoggedDate().getTime();
  }

  @Test
  void tooManyRequestsWithoutRetryAfterWaitsTheBackoff() {
    stubTooManyThenOk("/n", null);

    assertThat(check(checker(), http("/n"))).isEqualTo(new Outcome.Ok(200));
    assertThat(gapMs("/n")).isGreaterThanOrEqualTo(90);
  }

  @Test
  void anAbsurdRetryAfterIsCapped() {
    stubTooManyThenOk("/absurd", "99999999999999999999");
    Checker capped = checker(10, false, Duration.ofMillis(300));

    long start = System.nanoTime();
    Outcome outcome = check(capped, http("/absurd"));
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;

    assertThat(outcome).isEqualTo(new Outcome.Ok(200));
    assertThat(gapMs("/absurd")).isGreaterThanOrEqualTo(280);
    assertThat(elapsedMs).isLessThan(3000);
  }

  @Test
  void theRetryAfterCapLeavesTheBackoffWhole() {
    stubTooManyThenOk("/backoff", null);
    Checker capped = checker(10, false, Duration.ofMillis(20));

    assertThat(check(capped, http("/backoff"))).isEqualTo(new Outcome.Ok(200));
    assertThat(gapMs("/backoff")).isGreaterThanOrEqualTo(90);
  }

  @Test
  void serviceUnavailableForeverIsBrokenAfterTheRetries() {
    server.stubFor(any(urlEqualTo("/down")).willReturn(aResponse().withStatus(503)));

    assertThat(check(checker(), http("/down")))
        .isEqualTo(new Outcome.Broken(new Outcome.Status(503)));
    assertThat(server.findAll(anyRequestedFor(urlEqualTo("/down")))).hasSize(4);
  }

  @Test
  void aHostAnsweringTooManyRequestsToEverythingSlowsDownOnlyItself() throws Exception {
    server.stubFor(
        any(urlPathMatching("/limited/.*"))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
    WireMockServer other =
        new WireMockServer(wireMockConfig().bindAddress("127.0.0.2").dynamicPort());
    other.start();
    open.add(other::stop);
    other.stubFor(any(urlPathMatching("/.*")).willReturn(aResponse().withStatus(200)));
    Checker checker = checker();

    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      long start = System.nanoTime();
      List<Future<Outcome>> limited = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        String u = http("/limited/" + i);
        limited.add(pool.submit(() -> check(checker, u)));
      }
      // wait until the limited host has answered 429, so it is paused
      while (server.findAll(anyRequestedFor(urlPathMatching("/limited/.*"))).isEmpty()) {
        Thread.sleep(10);
      }
      Thread.sleep(100);
      long fastStart = System.nanoTime();
      List<Future<Outcome>> fast = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String u = "http://127.0.0.2:" + other.port() + "/" + i;
        fast.add(pool.submit(() -> check(checker, u)));
      }
      for (Future<Outcome> f : fast) {
        assertThat(f.get()).isEqualTo(new Outcome.Ok(200));
      }
      long fastMs = (System.nanoTime() - fastStart) / 1_000_000;
      for (Future<Outcome> f : limited) {
        assertThat(f.get()).isEqualTo(new Outcome.Broken(new Outcome.Status(429)));
      }
      long limitedMs = (System.nanoTime() - start) / 1_000_000;

      // five pauses of 1 s on the limited host (three free 429 retries, then the two retries);
      // the other host never waits for them
      assertThat(server.findAll(anyRequestedFor(urlEqualTo("/limited/0"))))
          .hasSize(RetryPolicy.FREE_TOO_MANY + 3);
      assertThat(limitedMs).isGreaterThanOrEqualTo(4800);
      assertThat(fastMs).isLessThan(2500);
    }
  }
}
