package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.BrokenHttp2Server;
import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.Hint;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.Target;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HTTP/2 trouble against a loopback TLS server that negotiates h2 and resets every stream, but
 * serves HTTP/1.1 to a client that offers only that.
 */
class Http2FallbackTest {

  private BrokenHttp2Server server;

  @BeforeEach
  void start() throws Exception {
    server = BrokenHttp2Server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private CheckResult check(boolean http1Only) {
    return check(http1Only, 0, "/page").getFirst();
  }

  private List<CheckResult> check(boolean http1Only, int retries, String... paths) {
    CheckOptions options =
        TestOptions.builder(Duration.ofSeconds(3), retries, Duration.ofMillis(10))
            .insecure(true)
            .http1Only(http1Only)
            .build();
    try (Checker checker = new Checker(options)) {
      return Arrays.stream(paths)
          .map(p -> checker.check(new Target.Remote(URI.create(server.url(p)))))
          .toList();
    }
  }

  @Test
  void aHostWhoseHttp2BrokeIsSpokenToOverHttp1FromThenOn() {
    var results = check(false, 0, "/a", "/b");

    assertThat(results).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(new Outcome.Ok(200)));
    assertThat(server.requests()).containsExactly("h2", "http/1.1 HEAD", "http/1.1 HEAD");
  }

  @Test
  void aUrlWhoseHttp1TryFailedTooIsNotTriedOverHttp1AgainOnItsRetries() {
    server.resetHttp1();

    var result = check(false, 2, "/page").getFirst();

    assertThat(result.outcome().kind()).isEqualTo(Outcome.Kind.ERROR);
    // One HTTP/1.1 try for the URL, then its two retries over HTTP/2 alone: 1 + 2 retries + 1.
    assertThat(server.requests()).containsExactly("h2", "http/1.1 HEAD", "h2", "h2");
  }

  @Test
  void triesAResetHttp2StreamOnceMoreOverHttp1() {
    CheckResult result = check(false);

    assertThat(result.outcome()).isEqualTo(new Outcome.Ok(200));
    assertThat(result.hint()).isNull();
    // No retry is spent (--max-retries 0 here): the HTTP/1.1 request is part of the same try.
    assertThat(server.requests()).containsExactly("h2", "http/1.1 HEAD");
  }

  @Test
  void triesOnceMoreOverHttp1AfterAGoaway() {
    server.goAway();

    CheckResult result = check(false);

    assertThat(result.outcome()).isEqualTo(new Outcome.Ok(200));
    // The JDK may send a stream the peer did not process once more itself, on a new HTTP/2
    // connection; then comes the one HTTP/1.1 try.
    assertThat(server.requests()).endsWith("http/1.1 HEAD").contains("h2");
    assertThat(server.requests()).filteredOn(r -> r.startsWith("http/1.1")).hasSize(1);
  }

  @Test
  void hintsHttp1WhenTheHttp1RequestFailsToo() {
    server.failHttp1();

    CheckResult result = check(false);

    assertThat(result.outcome().kind()).isEqualTo(Outcome.Kind.ERROR);
    assertThat(result.hint()).isEqualTo(new Hint.Http1());
    assertThat(server.requests()).containsExactly("h2", "http/1.1 HEAD");
  }

  @Test
  void sendsNoHttp2WithHttp1Only() {
    CheckResult result = check(true);

    assertThat(result.outcome()).isEqualTo(new Outcome.Ok(200));
    assertThat(server.requests()).containsExactly("http/1.1 HEAD");
    assertNoHttp2Offered();
  }

  private void assertNoHttp2Offered() {
    assertThat(server.offers()).allSatisfy(offered -> assertThat(offered).doesNotContain("h2"));
  }
}
