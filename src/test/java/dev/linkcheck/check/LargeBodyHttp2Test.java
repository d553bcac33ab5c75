package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.linkcheck.GithubLookalike;
import dev.linkcheck.model.Outcome;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A GET reads only the start of a body and then abandons the rest: over HTTP/2 that must end the
 * stream, not fail the answer, whatever the body's size.
 */
class LargeBodyHttp2Test {

  @RegisterExtension final GithubLookalike server = GithubLookalike.start();

  @RegisterExtension final TrustingProbes probes = new TrustingProbes();

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
    Outcome outcome =
        probes.probe().check(URI.create(server.https("github.com") + "/big")).outcome();

    assertThat(outcome).isEqualTo(new Outcome.Ok(200));
  }
}
