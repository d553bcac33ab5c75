package dev.linkcheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.check.CheckOptions;
import dev.linkcheck.check.Checker;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.Target;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checker keeps connections alive between requests to one host when an answer has no body or a
 * small one, against the benchmark's loopback server, which counts accepted connections.
 */
class ConnectionReuseTest {

  private static final List<Host> HOSTS = List.of(Host.of(0, Duration.ZERO, true));

  private static CheckOptions options() {
    return CheckOptions.builder()
        .timeout(Duration.ofSeconds(2))
        .retryWait(Duration.ofMillis(10))
        .userAgent("linkcheck-test")
        .build();
  }

  @Test
  void headAnswersOfOneHostShareOneConnection() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(HOSTS);
        Checker checker = new Checker(options())) {
      for (int i = 0; i < 10; i++) {
        assertThat(checker.check(remote(server, "/ok/" + i)).outcome())
            .isEqualTo(new Outcome.Ok(200));
      }
      assertThat(server.requests()).isEqualTo(10);
      assertThat(server.connections()).isEqualTo(1);
    }
  }

  @Test
  void aSmallGetBodyIsReadToItsEndSoItsConnectionIsKeptToo() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(HOSTS);
        Checker checker = new Checker(options())) {
      for (int i = 0; i < 5; i++) {
        // HEAD 405, then GET 200 whose small body is read to its end (BodyPrefix): both on the
        // one kept connection.
        assertThat(checker.check(remote(server, "/head405/" + i)).outcome())
            .isEqualTo(new Outcome.Ok(200));
      }
      assertThat(server.requests()).isEqualTo(10);
      assertThat(server.connections()).isEqualTo(1);
    }
  }

  private static Target remote(LoopbackServer server, String path) {
    return new Target.Remote(URI.create("http://" + Host.address(0) + ":" + server.port() + path));
  }
}
