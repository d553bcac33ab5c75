package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.linkcheck.GithubLookalike;
import dev.linkcheck.model.Outcome;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * A GET reads only the start of a body and then abandons the rest: over HTTP/2 that must end the
 * stream, not fail the answer, whatever the body's size.
 */
class LargeBodyHttp2Test {

  @RegisterExtension final GithubLookalike server = GithubLookalike.start();

  private HttpClient client;

  @BeforeEach
  void start() throws Exception {
    client = GithubLookalike.trustingClient();
  }

  @AfterEach
  void stop() {
    client.shutdownNow();
  }

  @Test
  void aLargePageWhoseHeadIsRefusedIsOkAfterItsGetOverHttp2() throws Exception {
    String big = "<html><body>" + "x".repeat(1024 * 1024) + "</body></html>";
    server
        .server()
        .stubFor(WireMock.head(WireMock.urlEqualTo("/big")).willReturn(WireMock.status(405)));
    server
        .server()
        .stubFor(
            WireMock.get(WireMock.urlEqualTo("/big"))
                .willReturn(
                    WireMock.aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody(big)));
    CheckOptions options = CheckerTest.options(Duration.ofSeconds(5), 0);
    HttpProbe probe = new HttpProbe(client, options, LoggerFactory.getLogger(getClass()));

    Outcome outcome = probe.check(URI.create(server.https("github.com") + "/big")).outcome();

    assertThat(outcome).isEqualTo(new Outcome.Ok(200));
  }
}
