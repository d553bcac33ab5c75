package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.Target;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The JDK client resends a GET or HEAD by itself when a reused connection closes before any answer
 * byte; linkcheck turns that off, so every request a server sees is one {@code --max-retries}
 * counts.
 */
class HiddenResendTest {

  private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();

  /**
   * Answers the first request of each connection and closes the connection on the second one to
   * {@code /b} without a byte, as a server does that drops a kept-alive connection just as a
   * request arrives; counts each request by path.
   */
  private void serve(Socket s) throws java.io.IOException {
    for (int n = 1; ; n++) {
      String line = FaultServer.readHead(s);
      if (line == null) {
        return;
      }
      String path = line.split(" ")[1];
      seen.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      if (n > 1 && path.equals("/b")) {
        return;
      }
      FaultServer.write(s, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    }
  }

  private Outcome checkBoth(FaultServer server, int retries) {
    CheckOptions options =
        TestOptions.builder(Duration.ofSeconds(5), retries, Duration.ofMillis(10))
            .hostConcurrency(1)
            .build();
    try (Checker checker = new Checker(options)) {
      Outcome a = checker.check(remote(server, "/a")).outcome();
      assertThat(a).isEqualTo(new Outcome.Ok(200));
      return checker.check(remote(server, "/b")).outcome();
    }
  }

  private static Target remote(FaultServer server, String path) {
    return new Target.Remote(URI.create(server.url("http", path)));
  }

  @Test
  void aRequestDroppedOnAReusedConnectionIsSentOnceWithoutRetries() throws Exception {
    try (FaultServer server = new FaultServer(this::serve)) {
      Outcome b = checkBoth(server, 0);

      assertThat(b).isInstanceOf(Outcome.Error.class);
      assertThat(((Outcome.Error) b).message()).contains("closed the connection without answering");
      assertThat(seen.get("/b")).hasValue(1);
    }
  }

  @Test
  void aDroppedRequestIsRetriedByThePolicyAndEachRetryIsOneRequest() throws Exception {
    try (FaultServer server = new FaultServer(this::serve)) {
      Outcome b = checkBoth(server, 1);

      assertThat(b).isEqualTo(new Outcome.Ok(200));
      assertThat(seen.get("/b")).hasValue(2);
      assertThat(server.accepted()).isEqualTo(2);
    }
  }
}
