package dev.linkcheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkcheck.Loopback;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bot wall through the real command: every format says blocked, naming the protection, with a
 * hint; it fails the run only with {@code --fail-on-blocked}.
 */
class BlockedCliTest {

  @TempDir Path dir;

  @RegisterExtension
  final Loopback web =
      Loopback.start()
          .stub(
              any(urlEqualTo("/cf"))
                  .willReturn(
                      aResponse()
                          .withStatus(403)
                          .withHeader("cf-mitigated", "challenge")
                          .withBody("<title>Just a moment...</title>")))
          .status("/fine", 200);

  @BeforeEach
  void write() {
    Loopback.write(dir, "a.md", web.markdownLinks("/cf", "/fine"));
  }

  private CliRunner.Run run(String... options) {
    String[] args = new String[options.length + 2];
    System.arraycopy(options, 0, args, 0, options.length);
    args[options.length] = "--no-progress";
    args[options.length + 1] = "a.md";
    return new CliRunner(dir).run(args);
  }

  @Test
  void reportsBlockedInJsonWithItsHintAndCount() throws Exception {
    CliRunner.Run run = run("--format", "json");

    assertThat(run.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.at("/summary/blocked").asInt()).isEqualTo(1);
    JsonNode cf = json.at("/results/0");
    assertThat(cf.get("url").asText()).isEqualTo(web.url("/cf"));
    assertThat(cf.get("status").asText()).isEqualTo("blocked");
    assertThat(cf.get("code").asInt()).isEqualTo(403);
    assertThat(cf.get("message").asText())
        .isEqualTo("Cloudflare challenge: a browser would likely pass");
    assertThat(cf.get("hint").asText())
        .isEqualTo(
            "403 from a bot wall: add `[hosts.\"127.0.0.1\"] accept = [403]` if you trust it");
    assertThat(json.at("/results/1/hint").isMissingNode()).isTrue();
  }

  @Test
  void failsOnBlockedOnlyWhenAsked() {
    assertThat(run().exitCode()).isZero();
    assertThat(run("--fail-on-blocked").exitCode()).isEqualTo(1);
  }

  @Test
  void showsTheBlockedLineWithoutVerboseAndAHintUnderIt() {
    CliRunner.Run run = run();

    assertThat(run.out())
        .contains(web.url("/cf"))
        .contains("Cloudflare challenge: a browser would likely pass")
        .contains("hint: 403 from a bot wall: add `[hosts.\"127.0.0.1\"] accept = [403]`");
    assertThat(run.out()).doesNotContain(web.url("/fine"));
  }

  @Test
  void warnsInSarifGithubAndJunit() {
    assertThat(run("--format", "sarif").out())
        .containsPattern("\"level\" ?: ?\"warning\"")
        .containsPattern("\"ruleId\" ?: ?\"blocked-link\"");
    assertThat(run("--format", "github").out()).contains("::warning").contains("Cloudflare");
    assertThat(run("--format", "junit").out()).contains("<skipped").contains("Cloudflare");
  }

  @Test
  void followingTheHintAcceptsTheWallForItsHost() {
    Loopback.write(dir, "linkcheck.toml", "[hosts.\"127.0.0.1\"]\naccept = [403]\n");

    CliRunner.Run run = run("--format", "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("blocked\" : 1").contains("\"ok\" : 2");
  }

  @Test
  void keepsAPlain403BrokenWithItsHint() {
    web.stub(any(urlEqualTo("/cf")).willReturn(aResponse().withStatus(403)));

    CliRunner.Run run = run();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("403")
        .contains("hint: 403: some servers refuse unknown clients");
  }
}
