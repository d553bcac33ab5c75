package dev.linkcheck.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.linkcheck.GithubLookalike;
import dev.linkcheck.model.Barrier;
import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.Hint;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.Protection;
import dev.linkcheck.model.StatusRanges;
import dev.linkcheck.model.Target;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bot walls, and the hints of failing results, through the real check path against WireMock on
 * loopback playing each protection: its headers, status and page as the vendors send them.
 */
class BotWallCheckTest {

  private static final String CLOUDFLARE_PAGE =
      "<!DOCTYPE html><html lang=\"en-US\"><head><title>Just a moment...</title>"
          + "<script>window._cf_chl_opt={cvId: '3'};</script></head><body></body></html>";

  private WireMockServer server;
  private Checker checker;

  @BeforeEach
  void start() {
    server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    checker = checker(TestOptions.builder(Duration.ofSeconds(2), 2, Duration.ofMillis(10)));
  }

  @AfterEach
  void stop() {
    checker.close();
    server.stop();
  }

  private static Checker checker(CheckOptions.Builder options) {
    return new Checker(options.build());
  }

  private CheckResult check(String path) {
    return check(checker, "http://127.0.0.1:" + server.port() + path);
  }

  private static CheckResult check(Checker checker, String url) {
    return checker.check(new Target.Remote(URI.create(url)));
  }

  private void stub(String path, ResponseDefinitionBuilder answer) {
    server.stubFor(any(urlEqualTo(path)).willReturn(answer));
  }

  private int requests(String path) {
    return server.findAll(anyRequestedFor(urlEqualTo(path))).size();
  }

  @Test
  void reportsBlockedForCloudflareChallengeFromItsHeaderAlone() {
    stub(
        "/cf",
        aResponse()
            .withStatus(403)
            .withHeader("cf-mitigated", "challenge")
            .withHeader("Content-Type", "text/html")
            .withBody(CLOUDFLARE_PAGE));

    CheckResult result = check("/cf");

    assertThat(result.outcome())
        .isEqualTo(new Outcome.Blocked(Protection.CLOUDFLARE, Barrier.CHALLENGE, 403, List.of()));
    assertThat(result.outcome().isFailure()).isFalse();
    assertThat(result.hint()).isEqualTo(new Hint.AcceptWall("127.0.0.1", 403));
    // The HEAD's header named the wall: no GET, no retry.
    assertThat(requests("/cf")).isEqualTo(1);
  }

  @Test
  void reportsBlockedForCloudflareChallengePageSeenByTheGet() {
    stub("/page", aResponse().withStatus(403).withBody(CLOUDFLARE_PAGE));

    CheckResult result = check("/page");

    assertThat(result.outcome())
        .isEqualTo(new Outcome.Blocked(Protection.CLOUDFLARE, Barrier.CHALLENGE, 403, List.of()));
    // A HEAD 403 without wall headers goes to GET, whose body shows the wall.
    assertThat(server.findAll(getRequestedFor(urlEqualTo("/page")))).hasSize(1);
    assertThat(requests("/page")).isEqualTo(2);
  }

  @Test
  void doesNotRetryACloudflareChallengeOn503() {
    stub("/busy", aResponse().withStatus(503).withHeader("cf-mitigated", "challenge"));

    CheckResult result = check("/busy");

    assertThat(result.outcome())
        .isEqualTo(new Outcome.Blocked(Protection.CLOUDFLARE, Barrier.CHALLENGE, 503, List.of()));
    assertThat(requests("/busy")).isEqualTo(1);
  }

  @Test
  void reportsBlockedWithItsHintForEachFragmentOfAWalledPage() {
    stub("/cf", aResponse().withStatus(403).withHeader("cf-mitigated", "challenge"));
    URI page = URI.create("http://127.0.0.1:" + server.port() + "/cf");

    List<CheckResult> results = checker.checkFragments(new Target.Remote(page), List.of("a", "b"));

    assertThat(results)
        .extracting(CheckResult::outcome)
        .containsOnly(
            new Outcome.Blocked(Protection.CLOUDFLARE, Barrier.CHALLENGE, 403, List.of()));
    assertThat(results)
        .extracting(CheckResult::hint)
        .containsOnly(new Hint.AcceptWall("127.0.0.1", 403));
  }

  @Test
  void reportsBlockedForWallPagesSeenByTheFragmentCheck() {
    stub("/cf", aResponse().withStatus(403).withBody(CLOUDFLARE_PAGE));
    stub(
        "/anubis",
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "text/html")
            .withBody("<html><script id=\"anubis_challenge\">{}</script></html>"));
    String base = "http://127.0.0.1:" + server.port();

    assertThat(checker.checkFragments(new Target.Remote(URI.create(base + "/cf")), List.of("a")))
        .extracting(CheckResult::outcome)
        .containsExactly(
            new Outcome.Blocked(Protection.CLOUDFLARE, Barrier.CHALLENGE, 403, List.of()));
    assertThat(
            checker.checkFragments(new Target.Remote(URI.create(base + "/anubis")), List.of("a")))
        .extracting(CheckResult::outcome)
        .containsExactly(new Outcome.Blocked(Protection.ANUBIS, Barrier.CHALLENGE, 200, List.of()));
  }

  @Test
  void countsAWallsStatusInTheHostStats() {
    stub("/in/x", aResponse().withStatus(999));

    check("/in/x");

    assertThat(checker.hostStats())
        .singleElement()
        .satisfies(stat -> assertThat(stat.statuses()).containsEntry("999", 1));
  }

  @Test
  void reportsBlockedForLinkedIn999() {
    stub("/in/someone", aResponse().withStatus(999));

    assertThat(check("/in/someone").outcome())
        .isEqualTo(new Outcome.Blocked(Protection.LINKEDIN, Barrier.BLOCK, 999, List.of()));
    assertThat(requests("/in/someone")).isEqualTo(1);
  }

  @Test
  void reportsBlockedForAwsWafChallengeInsteadOfOk() {
    stub("/aws", aResponse().withStatus(202).withHeader("x-amzn-waf-action", "challenge"));

    CheckResult result = check("/aws");

    assertThat(result.outcome())
        .isEqualTo(new Outcome.Blocked(Protection.AWS_WAF, Barrier.CHALLENGE, 202, List.of()));
    // Accepting 202 would not pass a challenge: no hint to.
    assertThat(result.hint()).isNull();
  }

  @Test
  void reportsBlockedForAwsWafCaptchaOn405() {
    stub("/captcha", aResponse().withStatus(405).withHeader("x-amzn-waf-action", "captcha"));

    assertThat(check("/captcha").outcome())
        .isEqualTo(new Outcome.Blocked(Protection.AWS_WAF, Barrier.CAPTCHA, 405, List.of()));
    assertThat(requests("/captcha")).isEqualTo(1);
  }

  @Test
  void reportsBlockedForAkamaiAccessDeniedPage() {
    stub(
        "/akamai",
        aResponse()
            .withStatus(403)
            .withHeader("Server", "AkamaiGHost")
            .withBody(
                "<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY><H1>Access Denied</H1>"
                    + "Reference&#32;&#35;18&#46;6f2d1402&#46;1700000000&#46;1a2b3c"
                    + "<P>https&#58;&#47;&#47;errors&#46;edgesuite&#46;net&#47;18</P></BODY>"
                    + "</HTML>"));

    assertThat(check("/akamai").outcome())
        .isEqualTo(new Outcome.Blocked(Protection.AKAMAI, Barrier.BLOCK, 403, List.of()));
  }

  @Test
  void reportsBlockedForSucuriFirewallPage() {
    stub(
        "/sucuri",
        aResponse()
            .withStatus(403)
            .withBody(
                "<html><head><title>Sucuri WebSite Firewall - Access Denied</title></head>"
                    + "<body>Block ID: GEO01</body></html>"));

    assertThat(check("/sucuri").outcome())
        .isEqualTo(new Outcome.Blocked(Protection.SUCURI, Barrier.BLOCK, 403, List.of()));
  }

  @Test
  void reportsBlockedForImpervaIncidentPage() {
    stub(
        "/imperva",
        aResponse()
            .withStatus(403)
            .withBody(
                "<html><body>Request unsuccessful. Incapsula incident ID:"
                    + " 1234000560123456789-987654321</body></html>"));

    assertThat(check("/imperva").outcome())
        .isEqualTo(new Outcome.Blocked(Protection.IMPERVA, Barrier.BLOCK, 403, List.of()));
  }

  @Test
  void reportsBlockedForDataDomeCaptcha() {
    stub(
        "/dd",
        aResponse()
            .withStatus(403)
            .withHeader("x-datadome", "protected")
            .withHeader("Set-Cookie", "datadome=abc; Path=/")
            .withBody(
                "<html><script src=\"https://ct.captcha-delivery.com/c.js\"></script></html>"));

    CheckResult result = check("/dd");

    // The HEAD's headers name DataDome; only a GET would show its CAPTCHA, and none is sent.
    assertThat(result.outcome())
        .isEqualTo(new Outcome.Blocked(Protection.DATADOME, Barrier.BLOCK, 403, List.of()));
    assertThat(requests("/dd")).isEqualTo(1);
  }

  @Test
  void reportsBlockedForAnubisChallengeServedAs200() {
    // Anubis challenges the page's GET; the HEAD finds nothing there (WireMock's 404).
    server.stubFor(
        get(urlEqualTo("/anubis"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody(
                        "<!doctype html><html><head><title>Making sure you&#39;re not a"
                            + " bot!</title><script id=\"anubis_version\""
                            + " type=\"application/json\">\"v1.21.0\"</script>"
                            + "<script id=\"anubis_challenge\" type=\"application/json\">"
                            + "{}</script></head></html>")));

    assertThat(check("/anubis").outcome())
        .isEqualTo(new Outcome.Blocked(Protection.ANUBIS, Barrier.CHALLENGE, 200, List.of()));
  }

  @Test
  void keepsBlockedAfterARedirectWithItsHops() {
    stub("/old", aResponse().withStatus(301).withHeader("Location", "/in/x"));
    stub("/in/x", aResponse().withStatus(999));

    assertThat(check("/old").outcome())
        .isEqualTo(
            new Outcome.Blocked(
                Protection.LINKEDIN,
                Barrier.BLOCK,
                999,
                List.of("http://127.0.0.1:" + server.port() + "/in/x")));
  }

  @Test
  void keepsAPlain403BrokenWithTheUnknownClientHint() {
    stub("/forbidden", aResponse().withStatus(403).withBody("<html>Forbidden</html>"));

    CheckResult result = check("/forbidden");

    assertThat(result.outcome()).isEqualTo(new Outcome.Broken(new Outcome.Status(403)));
    assertThat(result.hint()).isEqualTo(new Hint.UnknownClient("127.0.0.1"));
  }

  @Test
  void keepsAPageThatMerelyNamesAFirewallOk() {
    stub(
        "/blog",
        aResponse().withStatus(200).withBody("<p>We moved to the Sucuri Website Firewall"));

    CheckResult result = check("/blog");

    assertThat(result.outcome()).isEqualTo(new Outcome.Ok(200));
    assertThat(result.hint()).isNull();
  }

  @Test
  void acceptsAWallWhoseStatusTheUserAccepts() {
    stub("/cf", aResponse().withStatus(403).withHeader("cf-mitigated", "challenge"));
    try (Checker trusting =
        checker(
            TestOptions.builder(Duration.ofSeconds(2), 0, Duration.ofMillis(10))
                .accept(StatusRanges.parse("200..299,403")))) {

      assertThat(check(trusting, "http://127.0.0.1:" + server.port() + "/cf").outcome())
          .isEqualTo(new Outcome.Ok(403));
    }
  }

  @Test
  void hintsToSlowDownAfter429ToTheEnd() {
    stub("/busy", aResponse().withStatus(429));

    CheckResult result = check("/busy");

    assertThat(result.outcome()).isEqualTo(new Outcome.Broken(new Outcome.Status(429)));
    assertThat(result.hint()).isEqualTo(new Hint.SlowDown("127.0.0.1"));
  }

  @Test
  void hintsToRaiseTheTimeoutWithTheAttemptsThatTimedOut() {
    stub("/slow", aResponse().withStatus(200).withFixedDelay(3_000));
    try (Checker hasty =
        checker(TestOptions.builder(Duration.ofMillis(300), 2, Duration.ofMillis(10)))) {

      CheckResult result = check(hasty, "http://127.0.0.1:" + server.port() + "/slow");

      assertThat(result.outcome().kind()).isEqualTo(Outcome.Kind.TIMEOUT);
      // The first try and the one retry --max-timeout-retries allows by default.
      assertThat(result.hint()).isEqualTo(new Hint.RaiseTimeout("127.0.0.1", 2));
    }
  }

  @Test
  void hintsALoginFor401AndNothingFor404OutsideGithub() {
    stub("/private", aResponse().withStatus(401));
    stub("/gone", aResponse().withStatus(404));

    assertThat(check("/private").hint()).isEqualTo(new Hint.Login("127.0.0.1"));
    assertThat(check("/gone").hint()).isNull();
  }

  @Test
  void hintsAPrivateRepositoryFor404FromGithubWithoutAToken() {
    try (GithubLookalike github = GithubLookalike.start()) {
      github.server().stubFor(any(urlEqualTo("/o/secret")).willReturn(aResponse().withStatus(404)));
      String url = github.https("github.com") + "/o/secret";
      CheckOptions.Builder options =
          TestOptions.builder(Duration.ofSeconds(2), 0, Duration.ofMillis(10)).insecure(true);
      try (Checker anonymous = checker(options);
          Checker withToken = checker(options.githubToken("ghp_test"))) {

        assertThat(check(anonymous, url).hint()).isEqualTo(new Hint.PrivateRepository());
        assertThat(check(withToken, url).hint()).isNull();
      }
    }
  }

  @Test
  void hintsGithubRateLimitSayingWhetherTheTokenWent() {
    try (GithubLookalike github = GithubLookalike.start()) {
      github
          .server()
          .stubFor(any(urlEqualTo("/repos/o/r")).willReturn(aResponse().withStatus(429)));
      String url = github.https("api.github.com") + "/repos/o/r";
      CheckOptions.Builder options =
          TestOptions.builder(Duration.ofSeconds(2), 0, Duration.ofMillis(10)).insecure(true);
      try (Checker anonymous = checker(options);
          Checker withToken = checker(options.githubToken("ghp_test"))) {

        assertThat(check(anonymous, url).hint()).isEqualTo(new Hint.GithubRateLimit(false));
        assertThat(check(withToken, url).hint()).isEqualTo(new Hint.GithubRateLimit(true));
      }
    }
  }
}
