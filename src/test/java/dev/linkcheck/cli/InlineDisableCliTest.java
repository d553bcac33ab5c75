package dev.linkcheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.Loopback;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Links turned off by linkcheck-disable comments are neither listed nor requested. */
class InlineDisableCliTest {

  @TempDir Path dir;

  @RegisterExtension
  final Loopback loopback =
      Loopback.start().stub(any(anyUrl()).willReturn(aResponse().withStatus(404)));

  private void writeDocs() throws Exception {
    Files.writeString(
        dir.resolve("a.md"),
        "<!-- linkcheck-disable-next-line -->\n[x]("
            + loopback.url("/md-next")
            + ")\n\n<!-- linkcheck-disable -->\n[y]("
            + loopback.url("/md-region")
            + ")\n<!-- linkcheck-enable -->\n");
    Files.writeString(
        dir.resolve("b.html"),
        "<!-- linkcheck-disable --><a href=\"" + loopback.url("/html-region") + "\">z</a>\n");
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
    assertThat(loopback.requests()).isZero();
  }
}
