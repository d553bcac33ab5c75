package dev.linkcheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.linkcheck.Loopback;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkcheckCliTest {

  @TempDir Path dir;

  @RegisterExtension
  final Loopback web = Loopback.start().status("/ok", 200).status("/missing", 404);

  private final WireMockServer server = web.server();
  private CliRunner cli;

  @BeforeEach
  void start() {
    cli = new CliRunner(dir);
  }

  private String url(String path) {
    return web.url(path);
  }

  private void write(String name, String content) {
    Loopback.write(dir, name, content);
  }

  @Test
  void exitsZeroWhenEveryLinkIsAlive() throws Exception {
    write("docs/a.md", "# Title\n\nSee [ok](" + url("/ok") + ").\n");

    CliRunner.Run run = cli.run("docs");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("1 link (1 unique) in 1 file: 1 ok,");
  }

  @Test
  void reportsBrokenLinkWithFileLineAndColumnAndExitsOne() throws Exception {
    write(
        "docs/a.md",
        "# Title\n\nText [gone](" + url("/missing") + ") and [ok](" + url("/ok") + ")\n");

    CliRunner.Run run = cli.run("docs");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("docs/a.md\n  3:6  broken 404 Not Found  " + url("/missing") + "\n")
        .doesNotContain(url("/ok"));
  }

  @Test
  void checksEachUniqueUrlOnceAndReportsEveryPlaceItIsWritten() throws Exception {
    write("a.md", "[x](" + url("/missing") + ")\n[y](" + url("/missing") + ")\n");
    write("b.md", "<" + url("/missing") + ">\n");

    CliRunner.Run run = cli.run("--format", "json", "a.md", "b.md");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(server.findAll(anyRequestedFor(urlEqualTo("/missing"))))
        .extracting(r -> r.getMethod().getName())
        .containsExactly("HEAD", "GET");
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.at("/summary/links").asInt()).isEqualTo(3);
    assertThat(root.at("/summary/unique").asInt()).isEqualTo(1);
    assertThat(root.at("/summary/files").asInt()).isEqualTo(2);
    JsonNode result = root.at("/results/0");
    assertThat(result.get("url").asText()).isEqualTo(url("/missing"));
    assertThat(result.get("status").asText()).isEqualTo("broken");
    assertThat(result.get("code").asInt()).isEqualTo(404);
    assertThat(result.get("sources").findValuesAsText("file"))
        .containsExactly("a.md", "a.md", "b.md");
    assertThat(result.get("sources").findValues("line"))
        .extracting(JsonNode::asInt)
        .containsExactly(1, 2, 1);
  }

  @Test
  void localLinksAreCheckedAgainstTheFileSystem() throws Exception {
    write("docs/a.md", "[here](b.md) [there](missing.md) [img](img/)\n");
    write("docs/b.md", "text\n");
    Files.createDirectories(dir.resolve("docs/img"));

    CliRunner.Run run = cli.run("--format", "json", "docs/a.md");

    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(root.at("/summary/ok").asInt()).isEqualTo(2);
    assertThat(root.at("/summary/broken").asInt()).isEqualTo(1);
    JsonNode broken =
        root.get("results").findParents("status").stream()
            .filter(n -> n.get("status").asText().equals("broken"))
            .findFirst()
            .orElseThrow();
    assertThat(broken.get("url").asText()).isEqualTo("docs/missing.md");
    assertThat(broken.get("code").isNull()).isTrue();
  }

  @Test
  void excludedUrlsAreNeverRequested() throws Exception {
    write("a.md", "[x](" + url("/missing") + ")\n");

    CliRunner.Run run = cli.run("--exclude", "missing", "a.md");

    assertThat(run.exitCode()).isZero();
    assertThat(server.getAllServeEvents()).isEmpty();
    assertThat(run.out()).contains("1 excluded");
  }

  @Test
  void linksInsideCodeAreNotRequested() throws Exception {
    write("a.md", "`" + url("/missing") + "`\n\n```\n" + url("/missing") + "\n```\n");

    CliRunner.Run run = cli.run("a.md");

    assertThat(run.exitCode()).isZero();
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void dumpListsEveryOccurrenceInInputOrderWithoutChecking() throws Exception {
    write("b.md", "[one](https://one.invalid/) [empty]()\n");
    write("a.html", "<a href=\"https://two.invalid/\">two</a>\n");

    CliRunner.Run run = cli.run("--dump", "b.md", "a.html");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("https://two.invalid/\nhttps://one.invalid/\n\"\"\n");
  }

  @Test
  void dumpAsJsonGivesUrlFileLineAndColumn() throws Exception {
    write("a.md", "x\n\n  [one](https://one.invalid/)\n");

    CliRunner.Run run = cli.run("--dump", "--format", "json", "a.md");

    JsonNode link = new ObjectMapper().readTree(run.out()).at("/links/0");
    assertThat(link.get("url").asText()).isEqualTo("https://one.invalid/");
    assertThat(link.get("file").asText()).isEqualTo("a.md");
    assertThat(link.get("line").asInt()).isEqualTo(3);
    assertThat(link.get("column").asInt()).isEqualTo(3);
  }

  @Test
  void readsMarkdownFromStandardInput() throws Exception {
    CliRunner.Run run = cli.stdin("[gone](" + url("/missing") + ")\n").run("-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("-\n  1:1  broken 404 Not Found  " + url("/missing"));
  }

  @Test
  void readsTextFromStandardInputWhenAsked() throws Exception {
    CliRunner.Run run =
        cli.stdin("# comment " + url("/missing") + "\nsee " + url("/ok") + ".\n")
            .run("--stdin-type", "text", "--dump", "-");

    assertThat(run.out()).isEqualTo(url("/ok") + "\n");
  }

  @Test
  void writesTheReportToAnOutputFile() throws Exception {
    write("a.md", "[x](" + url("/ok") + ")\n");

    CliRunner.Run run =
        cli.run("--format", "json", "--output", dir.resolve("r.json").toString(), "a.md");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    JsonNode root = new ObjectMapper().readTree(dir.resolve("r.json").toFile());
    assertThat(root.at("/summary/ok").asInt()).isEqualTo(1);
  }

  @Test
  void anUnreadableInputIsReportedAndFailsTheRunWhileTheRestIsChecked() throws Exception {
    write("docs/good.md", "[x](" + url("/ok") + ")\n");
    Files.write(dir.resolve("docs/bad.md"), new byte[] {'#', 0, 1, 2, 0, 'x'});

    CliRunner.Run run = cli.run("--format", "json", "docs");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("docs/bad.md");
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.at("/summary/ok").asInt()).isEqualTo(1);
    assertThat(root.at("/input_errors/0/file").asText()).isEqualTo("docs/bad.md");
  }

  @Test
  void verboseTextListsOkLinksToo() throws Exception {
    write("a.md", "[x](" + url("/ok") + ")\n");

    CliRunner.Run run = cli.run("-v", "a.md");

    assertThat(run.out()).contains("  1:1  ok 200 OK  " + url("/ok"));
  }

  @Test
  void noInputIsAUsageError() {
    CliRunner.Run run = cli.run();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("INPUT");
  }

  @Test
  void aMissingInputIsAUsageErrorNamingIt() {
    CliRunner.Run run = cli.run("nope/missing.md");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nope/missing.md").doesNotContain("Exception");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--format|xml|--format",
        "--exclude|[unclosed|--exclude",
        "--timeout|-1|--timeout",
        "--timeout|0|--timeout",
        "--accept|200..abc|--accept",
        "--accept|300..200|--accept",
        "--max-retries|-1|--max-retries",
        "--host-concurrency|0|--host-concurrency",
        "--color|sometimes|--color",
        "--header|NoColonHere|--header"
      })
  void aBadOptionValueIsAUsageErrorNamingTheOption(String option, String value, String named)
      throws Exception {
    write("a.md", "text\n");

    CliRunner.Run run = cli.run(option, value, "a.md");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(named).doesNotContain("at dev.linkcheck");
  }

  @Test
  void versionAndHelpExitZero() {
    CliRunner.Run version = cli.run("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("linkcheck ");

    CliRunner.Run help = cli.run("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("--max-concurrency", "--host-concurrency", "Exit codes");
  }
}
