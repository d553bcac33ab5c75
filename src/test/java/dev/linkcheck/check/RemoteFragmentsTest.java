package dev.linkcheck.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.sun.net.httpserver.HttpServer;
import dev.linkcheck.Loopback;
import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.SkipReason;
import dev.linkcheck.model.StatusRanges;
import dev.linkcheck.model.Target;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Fragments of remote pages against a real WireMock server: one streamed GET per page. */
class RemoteFragmentsTest {

  private static final String PAGE =
      """
      <!doctype html><html><head><title>Guide</title></head><body>
      <h1 id="intro">Intro</h1>
      <h2 id="configuring-the-proxy">Configuring the proxy</h2>
      <a name="legacy"></a>
      <div id="user-content-install">GitHub renders README ids with a prefix</div>
      </body></html>
      """;

  private static final long DEFAULT_MAX_BODY_BYTES = FragmentOptions.defaults().maxBodyBytes();

  private Loopback loopback;
  private WireMockServer server;
  private Checker checker;

  @BeforeEach
  void start() {
    loopback = Loopback.start();
    server = loopback.server();
    // Generous: the first parse loads jsoup, and the build machine is shared.
    checker = checker(DEFAULT_MAX_BODY_BYTES, Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() {
    checker.close();
    loopback.close();
  }

  private static Checker checker(long maxBodyBytes, Duration timeout) {
    return new Checker(
        CheckerTest.options(timeout, 0).toBuilder()
            .fragments(FragmentOptions.defaults().withMaxBodyBytes(maxBodyBytes))
            .build());
  }

  private String url(String path) {
    return loopback.url(path);
  }

  private void html(String path, String body) {
    server.stubFor(
        any(urlEqualTo(path))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody(body)));
  }

  private List<CheckResult> check(Checker with, String path, String... fragments) {
    return with.checkFragments(new Target.Remote(URI.create(url(path))), List.of(fragments));
  }

  private List<CheckResult> check(String path, String... fragments) {
    return check(checker, path, fragments);
  }

  private List<String> methods(String path) {
    return loopback.methods(path);
  }

  @Test
  void aFragmentFoundInThePageIsOkAfterOneGet() {
    html("/guide", PAGE);

    CheckResult result = check("/guide", "configuring-the-proxy").getFirst();

    assertThat(result.outcome()).isEqualTo(new Outcome.Ok(200));
    assertThat(result.url()).isEqualTo(url("/guide"));
    assertThat(result.fragment()).isEqualTo("configuring-the-proxy");
    assertThat(methods("/guide")).containsExactly("GET");
  }

  @Test
  void aMissingFragmentIsBrokenWithTheNearestAnchorSuggested() {
    html("/guide", PAGE);

    CheckResult result = check("/guide", "configuring-proxy").getFirst();

    assertThat(result.outcome())
        .isEqualTo(
            new Outcome.Broken(
                new Outcome.MissingFragment("configuring-proxy", "configuring-the-proxy", 200)));
  }

  @Test
  void namedAnchorsAndGithubPrefixedIdsCount() {
    html("/guide", PAGE);

    assertThat(check("/guide", "legacy", "install", "user-content-install", "intro", "top"))
        .extracting(r -> r.outcome().status())
        .containsExactly("ok", "ok", "ok", "ok", "ok");
  }

  @Test
  void textFragmentsAndClientSideRoutesNeedNoAnchor() {
    html("/guide", PAGE);

    assertThat(check("/guide", ":~:text=Configuring", "/docs/intro", "!/home", "L10"))
        .extracting(r -> r.outcome().status())
        .containsExactly("ok", "ok", "ok", "broken");
  }

  @Test
  void manyFragmentsOfOnePageShareOneGetAndEachHasItsOwnVerdict() {
    html("/guide", PAGE);

    List<CheckResult> results = check("/guide", "intro", "legacy", "nope", "install", "nada");

    assertThat(results)
        .extracting(CheckResult::fragment)
        .containsExactly("intro", "legacy", "nope", "install", "nada");
    assertThat(results)
        .extracting(r -> r.outcome().status())
        .containsExactly("ok", "ok", "broken", "ok", "broken");
    assertThat(methods("/guide")).containsExactly("GET");
  }

  @Test
  void aFragmentInAPageReachedThroughARedirectIsCheckedInTheFinalPage() {
    server.stubFor(
        any(urlEqualTo("/old"))
            .willReturn(aResponse().withStatus(301).withHeader("Location", "/guide")));
    html("/guide", PAGE);

    List<CheckResult> results = check("/old", "intro", "missing");

    assertThat(results.get(0).outcome())
        .isEqualTo(new Outcome.Redirected(200, List.of(url("/guide"))));
    assertThat(results.get(1).outcome())
        .isEqualTo(
            new Outcome.Broken(
                new Outcome.MissingFragment("missing", null, 200), List.of(url("/guide"))));
    assertThat(methods("/old")).containsExactly("GET");
    assertThat(methods("/guide")).containsExactly("GET");
  }

  @Test
  void aPageLargerThanTheLimitSkipsAFragmentNotSeenBeforeIt() {
    String filler = "<p>filler</p>\n".repeat(2000);
    html("/big", "<html><body><h1 id=early>x</h1>" + filler + "<h2 id=late>y</h2></body></html>");
    Checker small = checker(4096, Duration.ofSeconds(2));

    List<CheckResult> results = check(small, "/big", "early", "late");
    small.close();

    assertThat(results.get(0).outcome()).isEqualTo(new Outcome.Ok(200));
    assertThat(results.get(1).outcome())
        .isEqualTo(new Outcome.Skipped(new SkipReason.PageTooLarge("late", 4096)));
  }

  @Test
  void aPageThatIsNotHtmlIsOkWithoutItsFragmentChecked() {
    server.stubFor(
        any(urlEqualTo("/doc.pdf"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/pdf")
                    .withBody(new byte[1000])));

    assertThat(check("/doc.pdf", "page=2").getFirst().outcome())
        .isEqualTo(new Outcome.Ok(200, "fragment not checked: not an HTML page (application/pdf)"));
  }

  @Test
  void aMissingPageFailsItsFragmentsLikeThePageItself() {
    server.stubFor(any(urlEqualTo("/gone")).willReturn(aResponse().withStatus(404)));

    assertThat(check("/gone", "a", "b"))
        .extracting(CheckResult::outcome)
        .containsExactly(
            new Outcome.Broken(new Outcome.Status(404)),
            new Outcome.Broken(new Outcome.Status(404)));
    assertThat(methods("/gone")).containsExactly("GET");
  }

  @Test
  void anAcceptedAnswerThatIsNotASuccessHasNoPageToLookInto() {
    server.stubFor(
        any(urlEqualTo("/forbidden"))
            .willReturn(
                aResponse().withStatus(403).withHeader("Content-Type", "text/html").withBody("")));
    CheckOptions base = CheckerTest.options(Duration.ofSeconds(5), 0);
    Checker lenient =
        new Checker(base.toBuilder().accept(StatusRanges.parse("200..299,403")).build());

    CheckResult result = check(lenient, "/forbidden", "x").getFirst();
    lenient.close();

    assertThat(result.outcome())
        .isEqualTo(new Outcome.Ok(403, "fragment not checked: no page in a 403 answer"));
  }

  @Test
  void thePageCharsetIsHonoured() {
    server.stubFor(
        any(urlEqualTo("/latin"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html; charset=ISO-8859-1")
                    .withBody(
                        "<h1 id=\"caf\u00e9\">x</h1>".getBytes(StandardCharsets.ISO_8859_1))));

    assertThat(check("/latin", "caf%C3%A9").getFirst().outcome()).isEqualTo(new Outcome.Ok(200));
  }

  /** A server whose page never ends: only stopping at the found id can finish the check. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "<html><body><h1 id=here>x</h1>",
        // the id's element never closes: it must be seen while still open
        "<html><body><main id=here><p>first</p>"
      })
  void readingStopsOnceEveryFragmentIsFoundEvenOnAnEndlessPage(String head) throws IOException {
    HttpServer endless =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
    AtomicLong sent = new AtomicLong();
    endless.createContext(
        "/",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "text/html");
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "<p>more</p>".repeat(100).getBytes(StandardCharsets.UTF_8);
            while (sent.addAndGet(chunk.length) < 1L << 30) {
              out.write(chunk);
            }
          } catch (IOException e) {
            // the client hung up, as it should
          }
        });
    endless.start();
    Checker fast = checker(DEFAULT_MAX_BODY_BYTES * 10, Duration.ofSeconds(5));
    try {
      URI uri = URI.create("http://127.0.0.1:" + endless.getAddress().getPort() + "/p");
      long start = System.nanoTime();

      CheckResult result = fast.checkFragments(new Target.Remote(uri), List.of("here")).getFirst();

      assertThat(result.outcome()).isEqualTo(new Outcome.Ok(200));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
      assertThat(sent.get()).isLessThan(DEFAULT_MAX_BODY_BYTES);
    } finally {
      fast.close();
      endless.stop(0);
    }
  }

  @Test
  void aPageCutOffMidwayIsAnErrorForItsFragmentsNotAHang() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      Thread.ofVirtual()
          .start(
              () -> {
                try (Socket client = socket.accept()) {
                  client.getInputStream().read(new byte[4096]);
                  client
                      .getOutputStream()
                      .write(
                          ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                                  + "Content-Length: 100000\r\n\r\n<h1 id=seen>x</h1>")
                              .getBytes(StandardCharsets.US_ASCII));
                  client.getOutputStream().flush();
                } catch (IOException e) {
                  // the test fails on its own assertions
                }
              });
      URI uri = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/cut");

      List<CheckResult> results =
          checker.checkFragments(new Target.Remote(uri), List.of("unseen", "later"));

      // Whether HttpClient fails the exchange first or the scan sees the short body first, the
      // rest of the page could not be read: an error, never a verdict on these fragments.
      assertThat(results).extracting(r -> r.outcome().status()).containsExactly("error", "error");
    }
  }

  @Test
  void aBodyThatOutlastsTheTimeoutIsATimeoutNotAHang() {
    server.stubFor(
        any(urlEqualTo("/slow"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body>" + "<p>slow</p>".repeat(200) + "</body></html>")
                    .withChunkedDribbleDelay(20, 3000)));
    Checker fast = checker(DEFAULT_MAX_BODY_BYTES, Duration.ofMillis(400));
    long start = System.nanoTime();

    CheckResult result = check(fast, "/slow", "x").getFirst();
    fast.close();

    assertThat(result.outcome()).isInstanceOf(Outcome.Timeout.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2800));
  }
}
