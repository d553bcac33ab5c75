package dev.linkcheck.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/** WireMock stubs several checker tests share. Stateless. */
final class Stubs {

  private Stubs() {}

  /** {@code path} answers 429 once (with {@code retryAfter} when non-null), then 200. */
  static void tooManyThenOk(WireMockServer server, String path, String retryAfter) {
    var first = aResponse().withStatus(429);
    if (retryAfter != null) {
      first = first.withHeader("Retry-After", retryAfter);
    }
    server.stubFor(
        any(urlEqualTo(path))
            .inScenario(path)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(first)
            .willSetStateTo("open"));
    server.stubFor(
        any(urlEqualTo(path))
            .inScenario(path)
            .whenScenarioStateIs("open")
            .willReturn(aResponse().withStatus(200)));
  }
}
