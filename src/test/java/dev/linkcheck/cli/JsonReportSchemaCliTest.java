package dev.linkcheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkcheck.Loopback;
import dev.linkcheck.ReportSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Real runs' JSON and NDJSON reports keep the published schema (src/test/resources/schema). */
class JsonReportSchemaCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @RegisterExtension
  final Loopback web =
      Loopback.start()
          .status("/ok", 200)
          .status("/gone", 404)
          .stub(
              any(urlPathEqualTo("/moved"))
                  .willReturn(aResponse().withStatus(301).withHeader("Location", "/ok")));

  private CliRunner cli;

  @BeforeEach
  void docs() throws Exception {
    cli = new CliRunner(dir);
    Files.writeString(dir.resolve("b.md"), "# Install\n");
    Files.writeString(
        dir.resolve("a.md"),
        web.markdownLinks("/ok", "/moved", "/gone")
            + "[mail](mailto:a@b.test) [b](b.md) [frag](b.md#instal) [none](c.md)\n");
  }

  private static Set<String> statuses(JsonNode report) {
    Set<String> statuses = new TreeSet<>();
    report.get("results").forEach(r -> statuses.add(r.get("status").asText()));
    return statuses;
  }

  @Test
  void aRunWithOkBrokenRedirectedAndSkippedLinksWritesAReportOfTheSchema() throws Exception {
    CliRunner.Run run = cli.run("--format", "json", "a.md", "b.md");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    JsonNode report = JSON.readTree(run.out());
    assertThat(statuses(report)).containsExactly("broken", "ok", "redirected", "skipped");
    assertThat(report.get("results").findValues("suggestion")).isNotEmpty();
    assertThat(ReportSchema.problems(report)).as(run.out()).isEmpty();
  }

  @Test
  void aRunAgainstABaselineWritesKnownFailuresOfTheSchema() throws Exception {
    CliRunner.Run first =
        cli.run("--format", "json", "--output", dir.resolve("baseline.json").toString(), "a.md");
    assertThat(first.exitCode()).as(first.err()).isEqualTo(1);

    CliRunner.Run run = cli.run("--baseline", "baseline.json", "--format", "json", "a.md");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode report = JSON.readTree(run.out());
    assertThat(statuses(report)).contains("known").doesNotContain("broken");
    assertThat(ReportSchema.problems(report)).as(run.out()).isEmpty();
  }

  @Test
  void cachedVerdictsAndStreamedLinesKeepTheSchema() throws Exception {
    assertThat(cli.run("--cache", "a.md").exitCode()).isEqualTo(1);

    CliRunner.Run json = cli.run("--cache", "--format", "json", "a.md");
    CliRunner.Run ndjson = cli.run("--cache", "--format", "ndjson", "a.md");

    JsonNode report = JSON.readTree(json.out());
    assertThat(report.get("results").findValues("cached")).isNotEmpty();
    assertThat(ReportSchema.problems(report)).as(json.out()).isEmpty();
    var lines = ndjson.out().lines().toList();
    assertThat(lines).hasSizeGreaterThan(1);
    for (String line : lines.subList(0, lines.size() - 1)) {
      assertThat(ReportSchema.problems("result", JSON.readTree(line))).as(line).isEmpty();
    }
    assertThat(ReportSchema.problems("ndjsonSummary", JSON.readTree(lines.getLast()))).isEmpty();
  }
}
