package dev.linkcheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Header values are sent where they belong and never printed: not in -vv logs, not in reports. */
class SecretsTest {

  @TempDir Path dir;
  private WireMockServer server;

  @BeforeEach
  void start() {
    server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    server.stubFor(any(urlPathEqualTo("/ok")).willReturn(aResponse().withStatus(200)));
    server.stubFor(any(urlPathEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
    server.stubFor(
        any(urlPathEqualTo("/away"))
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader("Location", "http://localhost:" + server.port() + "/ok")));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif"})
  void headerValuesAreNeverPrintedInDebugLogsOrReports(String format) throws Exception {
    String base = "http://host-a.test:" + server.port();
    Files.writeString(
        dir.resolve("a.md"),
        "[ok]("
            + base
            + "/ok) [gone]("
            + base
            + "/gone) [away]("
            + base
            + "/away)"
            + " [dns](http://nowhere.invalid/)\n");

    Process p =
        Subprocess.builder(
                dir,
                "-vv",
                "--max-retries",
                "0",
                "--format",
                format,
                "-H",
                "host-a.test: Authorization: Bearer scoped-s3cr3t",
                "-H",
                "X-Api-Key: plain-s3cr3t",
                "a.md")
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as(output).isEqualTo(1);
    assertThat(output).as("debug logs are on").contains("HEAD " + base + "/ok");
    assertThat(output).doesNotContain("s3cr3t");
    // the values were really sent, to host-a only
    var toA = server.findAll(anyRequestedFor(urlPathEqualTo("/gone")));
    assertThat(toA.getFirst().getHeader("Authorization")).isEqualTo("Bearer scoped-s3cr3t");
    var toB =
        server.findAll(anyRequestedFor(urlPathEqualTo("/ok"))).stream()
            .filter(r -> r.getHeader("Host").startsWith("localhost"))
            .toList();
    assertThat(toB).isNotEmpty();
    assertThat(toB)
        .allMatch(r -> !r.containsHeader("Authorization") && !r.containsHeader("X-Api-Key"));
  }
}
