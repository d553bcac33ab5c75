package dev.linkcheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkcheck.Loopback;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Anchors and fragments end to end: options, one GET per page, and the reports. */
class FragmentsCliTest {

  private static final String INSTALL =
      "# Install\n\n## Configuring the proxy\n\nBack to [top](#install), [oops](#instal).\n";

  @TempDir Path dir;
  private Loopback loopback;
  private CliRunner cli;

  @BeforeEach
  void start() {
    loopback = Loopback.start();
    loopback
        .server()
        .stubFor(
            any(urlEqualTo("/guide"))
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<h1 id=a>A</h1><h2 id=b>B</h2><h2 id=c>C</h2>")));
    cli = new CliRunner(dir);
  }

  @AfterEach
  void stop() {
    loopback.close();
  }

  private String url(String path) {
    return loopback.url(path);
  }

  private void write(String name, String content) {
    Loopback.write(dir, name, content);
  }

  private static List<String> fields(JsonNode results, String field) {
    List<String> values = new ArrayList<>();
    results.forEach(r -> values.add(r.hasNonNull(field) ? r.get(field).asText() : "-"));
    return values;
  }

  @Test
  void localFragmentsAreCheckedByDefaultEachAsItsOwnResultWithASuggestion() throws Exception {
    write("docs/install.md", INSTALL);
    write(
        "README.md",
        "[a](docs/install.md#configuring-proxy) [b](docs/install.md#configuring-the-proxy)"
            + " [c](docs/install.md) [d](docs/install.md#configuring-proxy)\n");

    CliRunner.Run run = cli.run("--format", "json", "README.md", "docs");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    JsonNode results = new ObjectMapper().readTree(run.out()).get("results");
    assertThat(fields(results, "url")).containsOnly("docs/install.md").hasSize(5);
    assertThat(fields(results, "fragment"))
        .containsExactly("-", "configuring-proxy", "configuring-the-proxy", "instal", "install");
    assertThat(fields(results, "status")).containsExactly("ok", "broken", "ok", "broken", "ok");
    assertThat(fields(results, "suggestion"))
        .containsExactly("-", "configuring-the-proxy", "-", "install", "-");
    assertThat(results.get(1).get("message").asText())
        .isEqualTo(
            "fragment #configuring-proxy not found in docs/install.md"
                + " (did you mean #configuring-the-proxy?)");
    assertThat(results.get(1).get("sources").findValues("column"))
        .extracting(JsonNode::asInt)
        .containsExactly(1, 104);
    assertThat(results.get(0).has("fragment")).isFalse();
    assertThat(results.get(0).has("suggestion")).isFalse();
  }

  @Test
  void theTextReportShowsUrlHashFragmentAndTheSuggestion() throws Exception {
    write("docs/install.md", INSTALL);

    CliRunner.Run run = cli.run("docs");

    assertThat(run.out())
        .startsWith(
            "docs/install.md\n  5:26  broken fragment #instal not found in docs/install.md"
                + " (did you mean #install?)  docs/install.md#instal\n");
  }

  @Test
  void noLocalFragmentsTurnsLocalChecksOffAndSamePageLinksAreSkippedAgain() throws Exception {
    write("docs/install.md", INSTALL);
    write("README.md", "[a](docs/install.md#nowhere)\n");

    CliRunner.Run run = cli.run("--no-local-fragments", "--format", "json", "README.md", "docs");

    assertThat(run.exitCode()).as(run.out()).isZero();
    JsonNode results = new ObjectMapper().readTree(run.out()).get("results");
    assertThat(fields(results, "url")).containsExactly("#instal", "#install", "docs/install.md");
    assertThat(fields(results, "status")).containsExactly("skipped", "skipped", "ok");
    assertThat(fields(results, "fragment")).containsOnly("-");
  }

  @Test
  void remoteFragmentsAreNotCheckedUnlessIncluded() throws Exception {
    write("a.md", "[x](" + url("/guide#nope") + ") [y](" + url("/guide#a") + ")\n");

    CliRunner.Run run = cli.run("--format", "json", "a.md");

    assertThat(run.exitCode()).isZero();
    JsonNode results = new ObjectMapper().readTree(run.out()).get("results");
    assertThat(fields(results, "fragment")).containsExactly("-");
    assertThat(loopback.methods("/guide")).containsExactly("HEAD");
  }

  @Test
  void includedRemoteFragmentsShareOneGetPerPageWhateverTheirNumber() throws Exception {
    StringBuilder md = new StringBuilder();
    for (String f : List.of("a", "b", "c", "nope", "a", "b", "c", "nope", "A")) {
      md.append("[x](").append(url("/guide#" + f)).append(")\n");
    }
    write("a.md", md.toString());
    write("b.md", "[y](" + url("/guide#c") + ")\n");

    CliRunner.Run run = cli.run("--include-fragments", "--format", "json", "a.md", "b.md");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(loopback.methods("/guide")).containsExactly("GET");
    JsonNode root = new ObjectMapper().readTree(run.out());
    JsonNode results = root.get("results");
    assertThat(fields(results, "fragment")).containsExactly("A", "a", "b", "c", "nope");
    assertThat(fields(results, "status")).containsExactly("broken", "ok", "ok", "ok", "broken");
    assertThat(fields(results, "suggestion")).containsExactly("a", "-", "-", "-", "-");
    assertThat(root.at("/summary/unique").asInt()).isEqualTo(5);
    assertThat(root.at("/summary/links").asInt()).isEqualTo(10);
    assertThat(results.get(3).get("sources")).hasSize(3);
  }

  @Test
  void ndjsonStreamsEachFragmentOfAPageAsItsOwnLine() throws Exception {
    write("a.md", "[x](" + url("/guide#a") + ") [y](" + url("/guide#b") + ")\n");

    CliRunner.Run run = cli.run("--include-fragments", "--format", "ndjson", "a.md");

    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(3);
    ObjectMapper json = new ObjectMapper();
    assertThat(
            List.of(
                json.readTree(lines.get(0)).get("fragment").asText(),
                json.readTree(lines.get(1)).get("fragment").asText()))
        .containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void theMarkdownAndGithubReportsNameTheFragment() throws Exception {
    write("docs/install.md", INSTALL);

    assertThat(cli.run("--format", "markdown", "docs").out())
        .contains("| `docs/install.md#instal` |");
    assertThat(cli.run("--format", "github", "docs").out())
        .contains(
            "::error file=docs/install.md,line=5,col=26,title=linkcheck%3A broken link::"
                + "fragment #instal not found in docs/install.md (did you mean #install?)"
                + " docs/install.md#instal");
  }

  @Test
  void maxBodyBytesTakesUnitsAndMustBePositive() throws Exception {
    write("a.md", "x\n");

    assertThat(cli.run("--max-body-bytes", "512KiB", "a.md").exitCode()).isZero();
    assertThat(cli.run("--max-body-bytes", "2M", "a.md").exitCode()).isZero();
    CliRunner.Run zero = cli.run("--max-body-bytes", "0", "a.md");
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).contains("--max-body-bytes must be at least 1");
    CliRunner.Run bad = cli.run("--max-body-bytes", "lots", "a.md");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--max-body-bytes", "'lots' is not a size in bytes");
  }

  @Test
  void theNewOptionsCanBeSetInTheConfigFile() throws Exception {
    write("docs/sub/start.md", "# Start\n");
    write("a.md", "[x](docs/sub/#nope)\n");
    write("linkcheck.toml", "no-local-fragments = true\nindex-files = [\"start.md\"]\n");

    CliRunner.Run run = cli.run("--format", "json", "a.md");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(fields(new ObjectMapper().readTree(run.out()).get("results"), "url"))
        .containsExactly("docs/sub/start.md");
  }

  @Test
  void aLinkToAFolderIsCheckedInItsIndexFile() throws Exception {
    write("docs/sub/README.md", "# Sub\n");
    write("a.md", "[x](docs/sub/#sub) [y](docs/sub#nope)\n");

    CliRunner.Run run = cli.run("--format", "json", "a.md");

    JsonNode results = new ObjectMapper().readTree(run.out()).get("results");
    assertThat(fields(results, "url")).containsOnly("docs/sub/README.md");
    assertThat(fields(results, "status")).containsExactly("broken", "ok");
    JsonNode none =
        new ObjectMapper()
            .readTree(cli.run("--index-files", "", "--format", "json", "a.md").out())
            .get("results");
    assertThat(fields(none, "url")).containsOnly("docs/sub");
    assertThat(fields(none, "message")).containsOnly("fragment not checked: a folder");
  }
}
