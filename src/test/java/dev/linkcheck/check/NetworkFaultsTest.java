package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.Target;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every network fault against a raw loopback server: the stated outcome within timeout × (retries +
 * 1) + backoff, every connection closed by the checker, no HttpClient thread left once closed.
 */
class NetworkFaultsTest {

  static final Duration TIMEOUT = Duration.ofMillis(700);
  static final int RETRIES = 1;
  static final Duration BACKOFF = Duration.ofMillis(10);

  /** timeout × (retries + 1) + backoff. */
  static final long BOUND_MS = TIMEOUT.toMillis() * (RETRIES + 1) + BACKOFF.toMillis();

  /** What a loaded 2-core machine may add to the bound. */
  static final long SLACK_MS = 2500;

  private Checker checker;
  private FaultServer server;
  private long clientThreadsBefore;

  @BeforeEach
  void start() {
    clientThreadsBefore = HttpClientThreads.count();
    checker = new Checker(TestOptions.of(TIMEOUT, RETRIES, BACKOFF));
    assertThat(HttpClientThreads.count())
        .as("the counter sees the client")
        .isGreaterThan(clientThreadsBefore);
  }

  @AfterEach
  void stop() throws Exception {
    checker.close();
    if (server != null) {
      server.close();
    }
    assertThat(HttpClientThreads.awaitAtMost(clientThreadsBefore, Duration.ofSeconds(5)))
        .as("HttpClient threads left behind")
        .isTrue();
  }

  /** Checks a URL on {@code behaviour}'s server; asserts the time bound and closed connections. */
  private Outcome check(String scheme, FaultServer.Behaviour behaviour) throws Exception {
    server = new FaultServer(behaviour);
    long start = System.nanoTime();
    CheckResult result = checker.check(new Target.Remote(URI.create(server.url(scheme, "/x"))));
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;

    assertThat(elapsedMs).as("time of the whole check").isLessThan(BOUND_MS + SLACK_MS);
    assertThat(server.allClosedWithin(Duration.ofSeconds(5)))
        .as("every connection closed by the checker")
        .isTrue();
    return result.outcome();
  }

  private static String error(Outcome outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Error.class);
    return ((Outcome.Error) outcome).message();
  }

  @Test
  void anEmptyResponseIsRetriedThenAnErrorSayingSo() throws Exception {
    Outcome outcome = check("http", s -> FaultServer.readHead(s));

    assertThat(error(outcome)).startsWith("empty response");
    // each attempt is one or two connections: HttpClient itself re-sends an idempotent request
    assertThat(server.accepted()).isBetween(RETRIES + 1, 2 * (RETRIES + 1));
  }

  @Test
  void garbageInsteadOfHttpIsAnErrorAtOnce() throws Exception {
    Outcome outcome =
        check("http", FaultServer.replying("SSH-2.0-OpenSSH_9.6\r\nProtocol mismatch.\r\n"));

    assertThat(error(outcome)).startsWith("invalid HTTP response").contains("status line");
    assertThat(server.accepted()).isEqualTo(1);
  }

  @Test
  void aMalformedChunkedBodyOnGetIsAnError() throws Exception {
    Outcome outcome =
        check(
            "http",
            FaultServer.onGet(
                s ->
                    FaultServer.write(
                        s,
                        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n")));

    assertThat(error(outcome))
        .isEqualTo(
            "invalid HTTP response: malformed chunked body (Illegal character in chunk size: 122)");
  }

  @Test
  void aFailingStatusStandsWhateverBecomesOfItsBody() throws Exception {
    Outcome outcome =
        check(
            "http",
            FaultServer.onGet(
                FaultServer.thenReset("HTTP/1.1 404 Not Found\r\nContent-Length: 1000\r\n\r\nab")));

    assertThat(outcome).isEqualTo(new Outcome.Broken(new Outcome.Status(404)));
  }

  @Test
  void aResetBeforeTheHeadersIsRetriedThenAnError() throws Exception {
    Outcome outcome =
        check(
            "http",
            s -> {
              FaultServer.readHead(s);
              s.setSoLinger(true, 0); // close() now sends RST
            });

    assertThat(error(outcome)).isEqualTo("connection reset");
    assertThat(server.accepted()).isBetween(RETRIES + 1, 2 * (RETRIES + 1));
  }

  @Test
  void aResetAfterTheHeadersIsRetriedThenAnError() throws Exception {
    Outcome outcome =
        check(
            "http",
            FaultServer.onGet(
                FaultServer.thenReset("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nabc")));

    assertThat(error(outcome)).isEqualTo("connection reset in the middle of the body");
    // HEAD + GET on the first connection, then a new connection for the retry
    assertThat(server.accepted()).isGreaterThanOrEqualTo(RETRIES + 1);
  }

  @Test
  void aServerThatAcceptsAndNeverAnswersIsATimeout() throws Exception {
    Outcome outcome = check("http", FaultServer::drain);

    assertThat(outcome).isEqualTo(new Outcome.Timeout(Duration.ofMillis(700)));
    assertThat(server.accepted()).isEqualTo(RETRIES + 1);
  }

  @Test
  void headersSentOneByteAtATimeAreATimeoutOfTheWholeAttempt() throws Exception {
    // 38 bytes at 100 ms each would take 3.8 s: far past the 0.7 s of an attempt.
    Outcome outcome =
        check(
            "http",
            s -> {
              FaultServer.readHead(s);
              FaultServer.trickle(
                  s, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", Duration.ofMillis(100));
            });

    assertThat(outcome).isEqualTo(new Outcome.Timeout(Duration.ofMillis(700)));
  }

  @Test
  void headersThenAnEndlessBodyOnGetIsATimeout() throws Exception {
    Outcome outcome =
        check(
            "http",
            FaultServer.onGet(
                FaultServer.endlessBody(
                    "text/html",
                    s -> {
                      FaultServer.write(s, "<p>more</p>\n".repeat(8));
                      Thread.sleep(50);
                    })));

    assertThat(outcome).isEqualTo(new Outcome.Timeout(Duration.ofMillis(700)));
  }

  @Test
  void aFastEndlessBodyOnGetIsDecidedByItsStatusOnceTheFirstBytesAreRead() throws Exception {
    byte[] block = new byte[16 * 1024];
    Outcome outcome =
        check(
            "http",
            FaultServer.onGet(
                FaultServer.endlessBody("video/mp4", s -> s.getOutputStream().write(block))));

    assertThat(outcome).isEqualTo(new Outcome.Ok(200));
  }

  @Test
  void aTlsHandshakeThatHangsIsATimeout() throws Exception {
    Outcome outcome = check("https", FaultServer::drain);

    assertThat(outcome).isEqualTo(new Outcome.Timeout(Duration.ofMillis(700)));
  }

  @Test
  void connectionRefusedIsAnErrorAtOnce() throws Exception {
    server = new FaultServer(FaultServer::drain);
    String url = server.url("http", "/x");
    server.close();

    long start = System.nanoTime();
    Outcome outcome = checker.check(new Target.Remote(URI.create(url))).outcome();

    assertThat(outcome).isEqualTo(new Outcome.Error("connection refused"));
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(BOUND_MS + SLACK_MS);
  }

  @Test
  void aDnsFailureIsAnErrorAtOnceWithoutRetries() {
    // retries 3 with a 5 s first backoff: a single retry would take at least 5 s
    Checker patient = new Checker(TestOptions.of(TIMEOUT, 3, Duration.ofSeconds(5)));
    long start = System.nanoTime();
    Outcome outcome =
        patient.check(new Target.Remote(URI.create("http://no-such-host.invalid/"))).outcome();
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;
    patient.close();

    assertThat(outcome)
        .isEqualTo(new Outcome.Error("DNS: cannot resolve host no-such-host.invalid"));
    assertThat(elapsedMs).isLessThan(4500);
  }

  @Test
  void theRunGoesOnAfterAFault() throws Exception {
    check("http", FaultServer::drain);
    try (FaultServer good =
        new FaultServer(FaultServer.answering("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"))) {
      assertThat(checker.check(new Target.Remote(URI.create(good.url("http", "/")))).outcome())
          .isEqualTo(new Outcome.Ok(200));
    }
  }
}
