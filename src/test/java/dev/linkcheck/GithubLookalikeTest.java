package dev.linkcheck;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GithubLookalikeTest {

  @RegisterExtension final GithubLookalike github = GithubLookalike.start();

  private HttpResponse<String> fetch(HttpClient client, String url) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void githubsNamesReachTheLookalikeOverTlsTrustedByTheTestCa() throws Exception {
    github.server().stubFor(get(urlEqualTo("/o/r")).willReturn(aResponse().withBody("repo")));
    try (HttpClient client =
        HttpClient.newBuilder().sslContext(GithubLookalike.trustingContext()).build()) {
      for (String host :
          new String[] {"github.com", "api.github.com", "raw.githubusercontent.com"}) {
        assertThat(fetch(client, github.https(host) + "/o/r").body()).isEqualTo("repo");
      }
    }
  }

  @Test
  void theDefaultTrustDoesNotTrustTheLookalike() throws Exception {
    try (HttpClient client = HttpClient.newHttpClient()) {
      assertThatThrownBy(() -> fetch(client, github.https("github.com") + "/"))
          .isInstanceOf(SSLHandshakeException.class);
    }
  }
}
