package dev.linkcheck.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.SkipReason;
import dev.linkcheck.model.StatusRanges;
import dev.linkcheck.model.Target;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checker against a real WireMock server on loopback: every outcome and the HTTP rules. */
class CheckerTest {

  private WireMockServer server;
  private Checker checker;

  @BeforeEach
  void start() {
    server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    checker = new Checker(options(Duration.ofMillis(800), 2));
  }

  @AfterEach
  void stop() {
    checker.close();
    server.stop();
  }

  static CheckOptions options(Duration timeout, int retries) {
    return CheckOptions.builder()
        .timeout(timeout)
        .maxRetries(retries)
        .retryWait(Duration.ofMillis(10))
        .maxRedirects(5)
        .userAgent("linkcheck-test")
        .build();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private CheckResult check(String path) {
    return checker.check(new Target.Remote(URI.create(url(path))));
  }

  private List<String> methods(String path) {
    return server.findAll(anyRequestedFor(urlEqualTo(path))).stream()
        .map(r -> r.getMethod().getName())
        .toList();
  }

  @Test
  void acceptedStatusIsOkAfterOneHead() {
    server.stubFor(any(urlEqualTo("/ok")).willReturn(aResponse().withStatus(200)));

    CheckResult result = check("/ok");

    assertThat(result.outcome()).isEqualTo(new Outcome.Ok(200));
    assertThat(result.url()).isEqualTo(url("/ok"));
    assertThat(methods("/ok")).containsExactly("HEAD");
  }

  @Test
  void notFoundIsBrokenAfterHeadAndOneGet() {
    server.stubFor(any(urlEqualTo("/gone")).willReturn(aResponse().withStatus(404)));

    assertThat(check("/gone").outcome()).isEqualTo(new Outcome.Broken(new Outcome.Status(404)));
    assertThat(methods("/gone")).containsExactly("HEAD", "GET");
  }

  @ParameterizedTest
  @ValueSource(ints = {403, 404, 405, 501})
  void headAnsweredWronglyFallsBackToGet(int headStatus) {
    server.stubFor(head(urlEqualTo("/h")).willReturn(aResponse().withStatus(headStatus)));
    server.stubFor(get(urlEqualTo("/h")).willReturn(aResponse().withStatus(200).withBody("hi")));

    assertThat(check("/h").outcome()).isEqualTo(new Outcome.Ok(200));
    assertThat(methods("/h")).containsExactly("HEAD", "GET");
  }

  @Test
  void fallbackGetReadsOnlyTheStartOfABigBody() {
    server.stubFor(head(urlEqualTo("/big")).willReturn(aResponse().withStatus(405)));
    server.stubFor(
        get(urlEqualTo("/big"))
            .willReturn(aResponse().withStatus(200).withBody(new byte[20 * 1024 * 1024])));

    // WireMock may need more than the usual 0.8 s to start 20 MB on a loaded machine.
    try (Checker patient = new Checker(options(Duration.ofSeconds(5), 0))) {
      assertThat(patient.check(new Target.Remote(URI.create(url("/big")))).outcome())
          .isEqualTo(new Outcome.Ok(200));
    }
  }

  @Test
  void redirectChainIsFollowedAndEveryHopRecorded() {
    server.stubFor(
        any(urlEqualTo("/a"))
            .willReturn(aResponse().withStatus(301).withHeader("Location", url("/b"))));
    server.stubFor(
        any(urlEqualTo("/b"))
            .willReturn(aResponse().withStatus(302).withHeader("Location", "/c?x=1")));
    server.stubFor(any(urlEqualTo("/c?x=1")).willReturn(aResponse().withStatus(200)));

    assertThat(check("/a").outcome())
        .isEqualTo(new Outcome.Redirected(200, List.of(url("/b"), url("/c?x=1"))));
  }

  @Test
  void redirectToAMissingPageIsBrokenWithItsHops() {
    server.stubFor(
        any(urlEqualTo("/old"))
            .willReturn(aResponse().withStatus(308).withHeader("Location", "new")));
    server.stubFor(any(urlEqualTo("/new")).willReturn(aResponse().withStatus(410)));

    Outcome outcome = check("/old").outcome();

    assertThat(outcome)
        .isEqualTo(new Outcome.Broken(new Outcome.Status(410), List.of(url("/new"))));
    assertThat(methods("/old")).containsExactly("HEAD");
    assertThat(methods("/new")).containsExactly("HEAD", "GET");
  }

  @Test
  void redirectLoopIsAnError() {
    server.stubFor(
        any(urlEqualTo("/x")).willReturn(aResponse().withStatus(302).withHeader("Location", "/y")));
    server.stubFor(
        any(urlEqualTo("/y")).willReturn(aResponse().withStatus(302).withHeader("Location", "/x")));

    Outcome outcome = check("/x").outcome();

    assertThat(outcome).isInstanceOf(Outcome.Error.class);
    assertThat(((Outcome.Error) outcome).message()).startsWith("redirect loop");
  }

  @Test
  void tooManyRedirectsIsAnError() {
    for (int i = 0; i < 20; i++) {
      server.stubFor(
          any(urlEqualTo("/r" + i))
              .willReturn(aResponse().withStatus(302).withHeader("Location", "/r" + (i + 1))));
    }

    Outcome outcome = check("/r0").outcome();

    assertThat(outcome).isInstanceOf(Outcome.Error.class);
    assertThat(((Outcome.Error) outcome).message()).contains("too many redirects");
    assertThat(server.findAll(anyRequestedFor(urlPathEqualTo("/r6")))).isEmpty();
  }

  @Test
  void malformedLocationIsAnError() {
    server.stubFor(
        any(urlEqualTo("/bad"))
            .willReturn(aResponse().withStatus(301).withHeader("Location", "http://[::1")));

    Outcome outcome = check("/bad").outcome();

    assertThat(outcome).isInstanceOf(Outcome.Error.class);
    assertThat(((Outcome.Error) outcome).message()).contains("malformed Location");
  }

  @Test
  void serviceUnavailableThenOkIsRetriedToOk() {
    server.stubFor(
        any(urlEqualTo("/flaky"))
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("up"));
    server.stubFor(
        any(urlEqualTo("/flaky"))
            .inScenario("flaky")
            .whenScenarioStateIs("up")
            .willReturn(aResponse().withStatus(200)));

    assertThat(check("/flaky").outcome()).isEqualTo(new Outcome.Ok(200));
    assertThat(methods("/flaky")).containsExactly("HEAD", "HEAD");
  }

  @Test
  void serviceUnavailableForeverIsBrokenAfterRetriesAndOneGet() {
    server.stubFor(any(urlEqualTo("/down")).willReturn(aResponse().withStatus(503)));

    assertThat(check("/down").outcome()).isEqualTo(new Outcome.Broken(new Outcome.Status(503)));
    // first try + 2 retries with HEAD, then the GET fallback once
    assertThat(methods("/down")).containsExactly("HEAD", "HEAD", "HEAD", "GET");
  }

  @Test
  void tooManyRequestsHonoursRetryAfterSeconds() {
    stubTooManyThenOk("/limited", "1");

    long start = System.nanoTime();
    Outcome outcome = check("/limited").outcome();
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;

    assertThat(outcome).isEqualTo(new Outcome.Ok(200));
    assertThat(elapsedMs).isGreaterThanOrEqualTo(950);
    List<LoggedRequest> requests = server.findAll(anyRequestedFor(urlEqualTo("/limited")));
    assertThat(requests).hasSize(2);
    long gap =
        requests.get(1).getLoggedDate().getTime() - requests.get(0).getLoggedDate().getTime();
    assertThat(gap).isGreaterThanOrEqualTo(950);
  }

  @Test
  void tooManyRequestsHonoursRetryAfterHttpDate() {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
    stubTooManyThenOk("/dated", date);

    long start = System.nanoTime();
    assertThat(check("/dated").outcome()).isEqualTo(new Outcome.Ok(200));
    assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(900);
  }

  @Test
  void aHostThatHasHadAllItsPausesGetsNoMoreRetriesOfItsTooManyRequests() {
    server.stubFor(any(urlPathMatching("/busy/.*")).willReturn(aResponse().withStatus(429)));
    // A pause budget of 2 × 30 ms: the first URL's back-offs (10, 20, 30, 30 ms) use it up.
    try (Checker short429 =
        new Checker(
            options(Duration.ofMillis(800), 2).toBuilder()
                .retryAfterCap(Duration.ofMillis(30))
                .build())) {
      Outcome first =
          short429.check(new Target.Remote(URI.create(server.baseUrl() + "/busy/1"))).outcome();
      Outcome second =
          short429.check(new Target.Remote(URI.create(server.baseUrl() + "/busy/2"))).outcome();

      assertThat(first).isEqualTo(new Outcome.Broken(new Outcome.Status(429)));
      assertThat(second).isEqualTo(new Outcome.Broken(new Outcome.Status(429)));
      // The second URL comes after the budget is spent: its first 429 stands.
      assertThat(methods("/busy/2")).hasSize(1);
    }
  }

  @Test
  void tooManyRequestsForeverIsBrokenWithoutGetFallback() {
    server.stubFor(any(urlEqualTo("/429")).willReturn(aResponse().withStatus(429)));

    assertThat(check("/429").outcome()).isEqualTo(new Outcome.Broken(new Outcome.Status(429)));
    // the first try, the free 429 retries, then the two retries
    assertThat(methods("/429")).containsOnly("HEAD").hasSize(1 + RetryPolicy.FREE_TOO_MANY + 2);
  }

  private void stubTooManyThenOk(String path, String retryAfter) {
    Stubs.tooManyThenOk(server, path, retryAfter);
  }

  @Test
  void aServerThatNeverAnswersInTimeIsATimeoutWithinTheBound() {
    server.stubFor(
        any(urlEqualTo("/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
    Checker fast = new Checker(options(Duration.ofMillis(300), 1));

    long start = System.nanoTime();
    CheckResult result = fast.check(new Target.Remote(URI.create(url("/slow"))));
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;
    fast.close();

    assertThat(result.outcome()).isEqualTo(new Outcome.Timeout(Duration.ofMillis(300)));
    // timeout × (retries + 1) + backoff, with slack for a loaded machine
    assertThat(elapsedMs).isLessThan(300 * 2 + 10 + 1500);
    assertThat(methods("/slow")).containsOnly("HEAD").hasSize(2);
  }

  @Test
  void connectionRefusedIsAnErrorAtOnce() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }

    CheckResult result =
        checker.check(new Target.Remote(URI.create("http://127.0.0.1:" + port + "/")));

    assertThat(result.outcome()).isEqualTo(new Outcome.Error("connection refused"));
  }

  @Test
  void connectionResetIsRetriedThenAnError() {
    server.stubFor(
        any(urlEqualTo("/reset"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    Outcome outcome = check("/reset").outcome();

    assertThat(outcome).isInstanceOf(Outcome.Error.class);
    // three attempts (first + 2 retries); HttpClient itself may re-send an idempotent request
    // once when a connection breaks, so each attempt is one or two requests.
    assertThat(methods("/reset").size()).isBetween(3, 6);
  }

  @Test
  void dnsFailureIsAnErrorWithoutRetries() {
    long start = System.nanoTime();
    CheckResult result = checker.check(new Target.Remote(URI.create("http://nothing.invalid/x")));

    assertThat(result.outcome())
        .isEqualTo(new Outcome.Error("DNS: cannot resolve host nothing.invalid"));
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
  }

  @Test
  void userAgentIsSent() {
    server.stubFor(any(urlEqualTo("/ua")).willReturn(aResponse().withStatus(200)));

    check("/ua");

    assertThat(
            server.findAll(anyRequestedFor(urlEqualTo("/ua"))).getFirst().getHeader("User-Agent"))
        .isEqualTo("linkcheck-test");
  }

  @Test
  void acceptedRangesDecideTheVerdict() {
    server.stubFor(any(urlEqualTo("/f")).willReturn(aResponse().withStatus(403)));
    CheckOptions o = options(Duration.ofSeconds(1), 0);
    Checker accepting =
        new Checker(
            o.toBuilder()
                .maxConcurrency(8)
                .accept(StatusRanges.parse("200..299,403"))
                .userAgent("t")
                .build());

    assertThat(accepting.check(new Target.Remote(URI.create(url("/f")))).outcome())
        .isEqualTo(new Outcome.Ok(403));
    accepting.close();
  }

  @Test
  void localFilesAndFoldersExistOrAreBroken(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.md"), "x");

    assertThat(checker.check(new Target.Local(dir.resolve("a.md"), "a.md")).outcome())
        .isEqualTo(new Outcome.Ok(null));
    assertThat(checker.check(new Target.Local(dir, ".")).outcome()).isEqualTo(new Outcome.Ok(null));
    assertThat(checker.check(new Target.Local(dir.resolve("b.md"), "b.md")).outcome())
        .isEqualTo(new Outcome.Broken(new Outcome.MissingFile()));
  }

  @Test
  void decidedTargetsPassThroughWithoutRequests() {
    Outcome skipped = new Outcome.Skipped(new SkipReason.Scheme("mailto"));

    CheckResult result = checker.check(new Target.Decided("mailto:x@y", skipped));

    assertThat(result.outcome()).isSameAs(skipped);
    assertThat(result.url()).isEqualTo("mailto:x@y");
    assertThat(server.getAllServeEvents()).isEmpty();
  }
}
