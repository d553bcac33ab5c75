package dev.linkcheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links turned off by linkcheck-disable comments are neither listed nor requested. */
class InlineDisableCliTest {

  @TempDir Path dir;
  private WireMockServer server;

  @BeforeEach
  void start() {
    server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private void writeDocs() throws Exception {
    Files.writeString(
        dir.resolve("a.md"),
        "<!-- linkcheck-disable-next-line -->\n[x]("
            + url("/md-next")
            + ")\n\n<!-- linkcheck-disable -->\n[y]("
            + url("/md-region")
            + ")\n<!-- linkcheck-enable -->\n");
    Files.writeString(
        dir.resolve("b.html"),
        "<!-- linkcheck-disable --><a href=\"" + url("/html-region") + "\">z</a>\n");
  }

  @Test
  void disabledLinksAreNotDumped() throws Exception {
    writeDocs();

    CliRunner.Run run = new CliRunner(dir).run("--dump", "a.md", "b.html");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void disabledLinksAreNotRequestedAndDoNotFailTheRun() throws Exception {
    writeDocs();

    CliRunner.Run run = new CliRunner(dir).run("a.md", "b.html");

    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).contains("0 links");
    assertThat(server.getAllServeEvents()).isEmpty();
  }
}
