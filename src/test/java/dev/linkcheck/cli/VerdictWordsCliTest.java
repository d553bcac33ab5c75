package dev.linkcheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.Loopback;
import dev.linkcheck.model.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without colour the text report says each verdict in words, so {@code grep broken} or {@code grep
 * ' ok '} sorts the lines where green and red cannot.
 */
class VerdictWordsCliTest {

  private static final Pattern ENTRY = Pattern.compile("^  \\d+:\\d+  (\\S+?):? .*$");

  @TempDir Path dir;

  @RegisterExtension
  final Loopback web =
      Loopback.start()
          .status("/ok", 200)
          .status("/forbidden", 403)
          .status("/gone", 404)
          .stub(
              any(urlPathEqualTo("/moved"))
                  .willReturn(aResponse().withStatus(301).withHeader("Location", "/ok")));

  private CliRunner.Run run(String... args) throws Exception {
    Files.writeString(
        dir.resolve("a.md"),
        web.markdownLinks("/ok", "/forbidden", "/moved", "/gone")
            + "[mail](mailto:a@b.test) [here](a.md)\n");
    return new CliRunner(dir).run(args);
  }

  @Test
  void verboseTextWithoutColourLeadsEachVerdictWithItsWord() throws Exception {
    CliRunner.Run run = run("-v", "--accept", "200..299,403", "a.md");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("  1:1  ok 200 OK  " + web.url("/ok") + "\n")
        .contains("  2:1  ok 403 Forbidden (accepted)  " + web.url("/forbidden") + "\n")
        .contains("  3:1  redirected 200 OK after 1 redirect  " + web.url("/moved") + "\n")
        .contains("  4:1  broken 404 Not Found  " + web.url("/gone") + "\n")
        .contains("  5:1  skipped: scheme not checked: mailto  mailto:a@b.test\n")
        .contains("  5:25  ok  a.md\n");
  }

  @Test
  void everyVerdictLineBeginsWithAContractStatusSoGrepFindsThem() throws Exception {
    CliRunner.Run run = run("-v", "a.md");

    List<String> statuses = Arrays.stream(Outcome.Kind.values()).map(Outcome.Kind::status).toList();
    List<String> words =
        run.out()
            .lines()
            .map(ENTRY::matcher)
            .filter(Matcher::matches)
            .map(m -> m.group(1))
            .toList();
    assertThat(words).hasSize(6).allSatisfy(w -> assertThat(statuses).contains(w));
    // Not accepted without --accept: the same 403 is a failure, and says so.
    assertThat(run.out()).contains("  2:1  broken 403 Forbidden  " + web.url("/forbidden"));
    assertThat(run.out().lines().filter(l -> l.contains("  broken "))).hasSize(2);
  }

  @Test
  void colourKeepsTheVerdictAsItWasAndStillSaysAccepted() throws Exception {
    CliRunner.Run run = run("-v", "--color", "always", "--accept", "200..299,403", "a.md");

    String plain = run.out().replaceAll("\u001B\\[[0-9;]*m", "");
    assertThat(plain)
        .contains("  2:1  403 Forbidden (accepted)  " + web.url("/forbidden") + "\n")
        .contains("  4:1  404 Not Found  " + web.url("/gone") + "\n");
  }
}
