package dev.linkcheck.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.linkcheck.Loopback;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.StatusRanges;
import dev.linkcheck.model.Target;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each key of a {@code [hosts."..."]} rule changes what the checker does for its host and no other:
 * host-a.test (127.0.0.1) has the rule, host-b.test (127.0.0.2) none, each its own WireMock.
 */
class HostRuleChecksTest {

  private Loopback a;
  private Loopback b;
  private final List<AutoCloseable> open = new ArrayList<>();

  @BeforeEach
  void start() {
    a = Loopback.at("127.0.0.1");
    b = Loopback.at("127.0.0.2");
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
    a.close();
    b.close();
  }

  /** A rule with nothing set; tests set the one key they are about. */
  static HostRule rule(String pattern) {
    return new HostRule(pattern, 1, null, null, null, null, null, Map.of(), null, null);
  }

  private Checker checker(CheckOptions.Builder options, HostRule... rules) {
    Checker c = new Checker(options.hostRules(new HostRules(List.of(rules))).build());
    open.add(c);
    return c;
  }

  private static CheckOptions.Builder options() {
    return TestOptions.builder(Duration.ofSeconds(5), 0, Duration.ofMillis(10));
  }

  private String aUrl(String path) {
    return a.url("host-a.test", path);
  }

  private String bUrl(String path) {
    return "http://host-b.test:" + b.server().port() + path;
  }

  private static Outcome check(Checker checker, String url) {
    return checker.check(new Target.Remote(URI.create(url))).outcome();
  }

  /** Checks every URL at once, each on its own virtual thread; the outcomes in order. */
  private static List<Outcome> checkAll(Checker checker, List<String> urls) throws Exception {
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (String url : urls) {
        futures.add(pool.submit(() -> check(checker, url)));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> f : futures) {
        outcomes.add(f.get());
      }
      return outcomes;
    }
  }

  private static List<LoggedRequest> requests(Loopback server) {
    return server.server().findAll(anyRequestedFor(urlPathMatching("/.*")));
  }

  @Test
  void concurrencyOneKeepsItsHostToOneRequestInFlight() throws Exception {
    try (var hostA = new ConcurrencyTest.CountingServer("127.0.0.1", Duration.ofMillis(150));
        var hostB = new ConcurrencyTest.CountingServer("127.0.0.2", Duration.ofMillis(150))) {
      HostRule one =
          new HostRule("host-a.test", 1, 1, null, null, null, null, Map.of(), null, null);
      Checker checker = checker(options().hostConcurrency(8), one);
      List<String> urls = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        urls.add(hostA.url("host-a.test", "/" + i));
        urls.add(hostB.url("host-b.test", "/" + i));
      }

      assertThat(checkAll(checker, urls)).allMatch(o -> o instanceof Outcome.Ok);

      assertThat(hostA.requests.get()).isEqualTo(4);
      assertThat(hostA.maxInFlight.get()).isEqualTo(1);
      assertThat(hostB.maxInFlight.get())
          .as("the other host keeps --host-concurrency")
          .isGreaterThan(1);
    }
  }

  @Test
  void requestIntervalSpacesItsHostsStartsWithoutHoldingASlot() throws Exception {
    a.status("/a", 200);
    b.status("/b", 200);
    HostRule spaced =
        new HostRule(
            "host-a.test", 1, null, Duration.ofMillis(800), null, null, null, Map.of(), null, null);
    // One request in flight in all: a host-a request waiting out its interval must not hold it.
    Checker checker = checker(options().maxConcurrency(1), spaced);
    // Warm up the client and open the connections: a JVM's first request can be late by more than
    // the margins below, which would squeeze its gap to the next one.
    check(checker, aUrl("/a?warm"));
    check(checker, bUrl("/b?warm"));
    a.forget();
    b.forget();
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      urls.add(aUrl("/a?" + i));
      urls.add(bUrl("/b?" + i));
    }

    assertThat(checkAll(checker, urls)).allMatch(o -> o instanceof Outcome.Ok);

    List<Long> aTimes = times(requests(a));
    List<Long> bTimes = times(requests(b));
    assertThat(aTimes).hasSize(3);
    // The client spaces the starts by 800 ms; WireMock logs whole milliseconds at receipt, after a
    // transit time that a loaded machine may stretch for one request more than for the next.
    for (int i = 1; i < aTimes.size(); i++) {
      assertThat(aTimes.get(i) - aTimes.get(i - 1)).isGreaterThanOrEqualTo(500);
    }
    assertThat(aTimes.getLast() - aTimes.getFirst()).isGreaterThanOrEqualTo(1400);
    assertThat(bTimes).hasSize(3);
    assertThat(bTimes.getLast() - bTimes.getFirst()).as("host-b is not spaced").isLessThan(800);
    assertThat(bTimes.getLast())
        .as("host-b was not held up by host-a's waits")
        .isLessThan(aTimes.getLast());
  }

  private static List<Long> times(List<LoggedRequest> requests) {
    return requests.stream().map(r -> r.getLoggedDate().getTime()).sorted().toList();
  }

  @Test
  void aShorterTimeoutForOneHostTimesItOutAlone() {
    a.stub(any(urlPathMatching("/slow")).willReturn(aResponse().withFixedDelay(1500)));
    b.stub(any(urlPathMatching("/slow")).willReturn(aResponse().withFixedDelay(1500)));
    HostRule quick =
        new HostRule(
            "host-a.test", 1, null, null, Duration.ofMillis(300), null, null, Map.of(), null, null);
    Checker checker = checker(options(), quick);

    long start = System.nanoTime();
    Outcome onA = check(checker, aUrl("/slow"));
    long aMillis = (System.nanoTime() - start) / 1_000_000;
    Outcome onB = check(checker, bUrl("/slow"));

    assertThat(onA).isEqualTo(new Outcome.Timeout(Duration.ofMillis(300)));
    assertThat(aMillis).isLessThan(1500);
    assertThat(onB).isInstanceOf(Outcome.Ok.class);
  }

  @Test
  void maxRetriesZeroForOneHostTriesItOnce() {
    a.status("/flaky", 503);
    b.status("/flaky", 503);
    HostRule noRetries =
        new HostRule("host-a.test", 1, null, null, null, 0, null, Map.of(), null, null);
    Checker checker = checker(options().maxRetries(2), noRetries);

    check(checker, aUrl("/flaky"));
    check(checker, bUrl("/flaky"));

    // HEAD, then the GET a failing HEAD always gets; the GET shares the URL's spent budget.
    assertThat(a.methods("/flaky")).containsExactly("HEAD", "GET");
    assertThat(b.methods("/flaky")).containsExactly("HEAD", "HEAD", "HEAD", "GET");
  }

  @Test
  void acceptAddsCodesForItsHostOnly() {
    a.status("/forbidden", 403);
    b.status("/forbidden", 403);
    HostRule trusted =
        new HostRule(
            "host-a.test",
            1,
            null,
            null,
            null,
            null,
            StatusRanges.parse("403"),
            Map.of(),
            null,
            null);
    Checker checker = checker(options(), trusted);

    assertThat(check(checker, aUrl("/forbidden"))).isEqualTo(new Outcome.Ok(403));
    assertThat(check(checker, bUrl("/forbidden")))
        .isEqualTo(new Outcome.Broken(new Outcome.Status(403), List.of()));
  }

  @Test
  void aStatusWhoseBodyStallsStandsUnlessItsHostAcceptsIt() {
    // Headers at once, the body dribbled out long after the timeout.
    var stalling =
        any(urlPathMatching("/stalls"))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withBody("x".repeat(200))
                    .withChunkedDribbleDelay(200, 4000));
    a.stub(stalling);
    b.stub(stalling);
    HostRule trusted =
        new HostRule(
            "host-a.test",
            1,
            null,
            null,
            null,
            null,
            StatusRanges.parse("403"),
            Map.of(),
            "GET",
            null);
    HostRule plain =
        new HostRule("host-b.test", 2, null, null, null, null, null, Map.of(), "GET", null);
    Checker checker = checker(options().timeout(Duration.ofMillis(500)), trusted, plain);

    assertThat(check(checker, bUrl("/stalls")))
        .as("a 403 fails anyway: it stands whatever became of its body")
        .isEqualTo(new Outcome.Broken(new Outcome.Status(403), List.of()));
    assertThat(check(checker, aUrl("/stalls")))
        .as("an accepted 403 needs its body read in time")
        .isEqualTo(new Outcome.Timeout(Duration.ofMillis(500)));
  }

  @Test
  void aRuleFollowsRedirectsOnlyWhileTheyStayOnItsHost() {
    a.status("/forbidden", 403);
    b.status("/forbidden", 403);
    a.redirect("/stay", aUrl("/forbidden"));
    a.redirect("/leave", bUrl("/forbidden"));
    HostRule trusted =
        new HostRule(
            "host-a.test",
            1,
            null,
            null,
            null,
            null,
            StatusRanges.parse("403"),
            Map.of(),
            null,
            null);
    Checker checker = checker(options(), trusted);

    assertThat(check(checker, aUrl("/stay")))
        .isEqualTo(new Outcome.Redirected(403, List.of(aUrl("/forbidden"))));
    assertThat(check(checker, aUrl("/leave")))
        .isEqualTo(new Outcome.Broken(new Outcome.Status(403), List.of(bUrl("/forbidden"))));
  }

  @Test
  void anExactRuleBeatsAPatternAndRulesDoNotMerge() {
    a.status("/forbidden", 403);
    b.status("/forbidden", 403);
    HostRule pattern =
        new HostRule(
            "*.test", 1, null, null, null, null, StatusRanges.parse("403"), Map.of(), null, null);
    HostRule exact =
        new HostRule("host-a.test", 2, null, null, null, null, null, Map.of(), "GET", null);
    Checker checker = checker(options(), pattern, exact);

    assertThat(check(checker, bUrl("/forbidden"))).isEqualTo(new Outcome.Ok(403));
    assertThat(check(checker, aUrl("/forbidden")))
        .as("host-a gets its own rule, which accepts no 403")
        .isInstanceOf(Outcome.Broken.class);
    assertThat(a.methods("/forbidden")).containsExactly("GET");
  }

  @Test
  void headersReachTheirHostAloneAndNeverAcrossARedirect() {
    a.status("/ok", 200);
    b.status("/ok", 200);
    a.redirect("/away", bUrl("/ok"));
    HostRule withHeader =
        new HostRule(
            "host-a.test",
            1,
            null,
            null,
            null,
            null,
            null,
            Map.of("X-Secret", "a-only"),
            null,
            null);
    Checker checker = checker(options(), withHeader);

    check(checker, aUrl("/ok"));
    check(checker, bUrl("/ok"));
    assertThat(check(checker, aUrl("/away"))).isInstanceOf(Outcome.Redirected.class);

    assertThat(requests(a)).isNotEmpty().allMatch(r -> "a-only".equals(r.getHeader("X-Secret")));
    assertThat(requests(b)).hasSize(2).noneMatch(r -> r.containsHeader("X-Secret"));
  }

  @Test
  void methodGetSkipsHeadForItsHostOnly() {
    a.status("/page", 200);
    b.status("/page", 200);
    HostRule get =
        new HostRule("host-a.test", 1, null, null, null, null, null, Map.of(), "GET", null);
    Checker checker = checker(options(), get);

    check(checker, aUrl("/page"));
    check(checker, bUrl("/page"));

    assertThat(a.methods("/page")).containsExactly("GET");
    assertThat(b.methods("/page")).containsExactly("HEAD");
  }

  @Test
  void userAgentGoesToItsHostOnly() {
    a.status("/page", 200);
    b.status("/page", 200);
    HostRule browser =
        new HostRule(
            "host-a.test", 1, null, null, null, null, null, Map.of(), null, "Mozilla/5.0 (test)");
    Checker checker = checker(options(), browser);

    check(checker, aUrl("/page"));
    check(checker, bUrl("/page"));

    assertThat(requests(a).getFirst().getHeader("User-Agent")).isEqualTo("Mozilla/5.0 (test)");
    assertThat(requests(b).getFirst().getHeader("User-Agent")).isEqualTo("linkcheck-test");
  }

  @Test
  void aRuleHeaderReplacesACommandLineHeaderOfTheSameName() {
    a.status("/page", 200);
    HostRule own =
        new HostRule(
            "host-a.test", 1, null, null, null, null, null, Map.of("X-Team", "rule"), null, null);
    Checker checker =
        checker(options().headers(List.of(Header.parse("X-Team: command-line"))), own);

    check(checker, aUrl("/page"));

    assertThat(requests(a).getFirst().getHeader("X-Team")).isEqualTo("rule");
  }
}
