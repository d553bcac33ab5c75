package dev.linkcheck.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.Loopback;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BodyPrefixTest {

  @RegisterExtension final Loopback loopback = Loopback.start();

  private String startOf(String body) throws Exception {
    loopback.server().stubFor(get(urlEqualTo("/p")).willReturn(aResponse().withBody(body)));
    BodyPrefix prefix = new BodyPrefix();
    try (HttpClient client = HttpClient.newHttpClient()) {
      // Cancelling the rest of a long body may fail the exchange; what was read stays.
      client
          .sendAsync(
              HttpRequest.newBuilder(URI.create(loopback.server().baseUrl() + "/p"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              info -> prefix)
          .handle((response, failure) -> null)
          .get();
      // As Exchange does once the exchange is over: the rest of a long body is not waited for.
      prefix.abandon();
    }
    return prefix.start();
  }

  @Test
  void aShortBodyIsKeptWhole() throws Exception {
    assertThat(startOf("<title>Just a moment...</title>"))
        .isEqualTo("<title>Just a moment...</title>");
  }

  @Test
  void onlyTheLookOfALongBodyIsKept() throws Exception {
    String body = "a".repeat(BotWall.LOOK) + "b".repeat(100 * 1024);
    assertThat(startOf(body)).hasSize(BotWall.LOOK).doesNotContain("b");
  }
}
