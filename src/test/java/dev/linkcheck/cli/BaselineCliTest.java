package dev.linkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkcheck.Loopback;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code --baseline}: failures of a previous JSON report are known and do not fail the run. */
class BaselineCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @RegisterExtension
  final Loopback loopback =
      Loopback.start().status("/ok", 200).status("/gone", 404).status("/new", 410);

  private CliRunner cli;

  @BeforeEach
  void start() {
    cli = new CliRunner(dir);
  }

  private void write(String file, String... paths) throws Exception {
    Files.writeString(dir.resolve(file), loopback.markdownLinks(paths));
  }

  /** Runs once to record the baseline report of the current docs. */
  private void recordBaseline() {
    CliRunner.Run run =
        cli.run("--format", "json", "--output", dir.resolve("baseline.json").toString(), "a.md");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
  }

  private static JsonNode result(JsonNode report, String url) {
    for (JsonNode r : report.get("results")) {
      if (r.get("url").asText().equals(url)) {
        return r;
      }
    }
    throw new AssertionError("no result for " + url);
  }

  @Test
  void aFailureAlreadyInTheBaselineIsKnownKeepsItsDetailsAndDoesNotFailTheRun() throws Exception {
    write("a.md", "/ok", "/gone");
    recordBaseline();

    CliRunner.Run run = cli.run("--baseline", "baseline.json", "--format", "json", "a.md");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode report = JSON.readTree(run.out());
    JsonNode gone = result(report, loopback.url("/gone"));
    assertThat(gone.get("status").asText()).isEqualTo("known");
    assertThat(gone.get("code").asInt()).isEqualTo(404);
    assertThat(gone.get("message").asText()).isEqualTo("Not Found");
    assertThat(report.at("/summary/known").asInt()).isEqualTo(1);
    assertThat(report.at("/summary/broken").asInt()).isZero();
    assertThat(result(report, loopback.url("/ok")).get("status").asText()).isEqualTo("ok");
  }

  @Test
  void aNewFailureStillFailsTheRun() throws Exception {
    write("a.md", "/gone");
    recordBaseline();
    write("a.md", "/gone", "/new");

    CliRunner.Run run = cli.run("--baseline", "baseline.json", "--format", "json", "a.md");

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode report = JSON.readTree(run.out());
    assertThat(result(report, loopback.url("/gone")).get("status").asText()).isEqualTo("known");
    assertThat(result(report, loopback.url("/new")).get("status").asText()).isEqualTo("broken");
  }

  @Test
  void aKnownUrlWrittenInANewFileIsANewFailure() throws Exception {
    write("a.md", "/gone");
    recordBaseline();
    write("b.md", "/gone");

    CliRunner.Run run = cli.run("--baseline", "baseline.json", "--format", "json", "a.md", "b.md");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(result(JSON.readTree(run.out()), loopback.url("/gone")).get("status").asText())
        .isEqualTo("broken");
  }

  @Test
  void aReportMadeWithABaselineServesAsABaselineItself() throws Exception {
    write("a.md", "/gone");
    recordBaseline();
    assertThat(
            cli.run(
                    "--baseline",
                    "baseline.json",
                    "--format",
                    "json",
                    "-o",
                    dir.resolve("next.json").toString(),
                    "a.md")
                .exitCode())
        .isZero();

    assertThat(cli.run("--baseline", "next.json", "a.md").exitCode()).isZero();
  }

  @Test
  void everyFormatShowsKnownFailuresWithoutFailing() throws Exception {
    write("a.md", "/gone");
    recordBaseline();

    for (String format : List.of("text", "ndjson", "markdown", "github", "junit", "sarif")) {
      CliRunner.Run run = cli.run("--baseline", "baseline.json", "-v", "--format", format, "a.md");
      assertThat(run.exitCode()).as(format + ": " + run.err()).isZero();
      assertThat(run.out()).as(format).contains(loopback.url("/gone"));
    }
    assertThat(cli.run("--baseline", "baseline.json", "-v", "a.md").out())
        .contains("known: 404 Not Found", "1 known");
  }

  @Test
  void aMissingOrInvalidBaselineIsAUsageErrorNamingTheFile() throws Exception {
    write("a.md", "/ok");
    Files.writeString(dir.resolve("broken.json"), "{\"summary\": ");
    Files.writeString(dir.resolve("array.json"), "[1, 2]");
    Files.writeString(dir.resolve("other.json"), "{\"name\": \"not a report\"}");
    Files.writeString(dir.resolve("noUrl.json"), "{\"results\": [{\"status\": \"broken\"}]}");
    Files.write(dir.resolve("latin1.json"), new byte[] {'{', '"', (byte) 0xe9, '"', ':', '1', '}'});
    Files.createDirectories(dir.resolve("folder.json"));

    for (String file :
        List.of(
            "missing.json",
            "broken.json",
            "array.json",
            "other.json",
            "noUrl.json",
            "latin1.json",
            "folder.json")) {
      CliRunner.Run run = cli.run("--baseline", file, "a.md");
      assertThat(run.exitCode()).as(file).isEqualTo(2);
      assertThat(run.err()).as(file).contains("--baseline", file).doesNotContain("Exception");
    }
    assertThat(loopback.requests()).isZero();
  }

  @Test
  void theBaselineCanComeFromTheConfigFile() throws Exception {
    write("a.md", "/gone");
    recordBaseline();
    Files.writeString(dir.resolve("linkcheck.toml"), "baseline = \"baseline.json\"\n");

    assertThat(cli.run("a.md").exitCode()).isZero();
  }
}
