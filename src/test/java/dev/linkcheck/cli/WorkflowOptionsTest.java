package dev.linkcheck.cli;

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

/** Config file, ignore file, remapping, completion, man page and help. */
class WorkflowOptionsTest {

  @TempDir Path dir;

  @RegisterExtension
  final Loopback web = Loopback.start().status("/ok", 200).status("/forbidden", 403);

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
  void configFileOptionsApplyAndCommandLineFlagsWin() throws Exception {
    write("a.md", "[x](" + url("/forbidden") + ")\n");
    write("linkcheck.toml", "# accept 403 here\naccept = \"200..299,403\"\nformat = \"json\"\n");

    CliRunner.Run fromConfig = cli.run("a.md");
    assertThat(fromConfig.exitCode()).as(fromConfig.err()).isZero();
    assertThat(new ObjectMapper().readTree(fromConfig.out()).at("/summary/ok").asInt())
        .isEqualTo(1);

    CliRunner.Run overridden = cli.run("--accept", "200", "--format", "text", "a.md");
    assertThat(overridden.exitCode()).isEqualTo(1);
    assertThat(overridden.out()).contains("403 Forbidden");
  }

  @Test
  void configListsAndFlagsAreRead() throws Exception {
    write("a.md", "[x](" + url("/forbidden") + ") [y](" + url("/ok") + ")\n");
    write(".linkcheck.toml", "exclude = [\"forbid\", \"nothing\"]\nquiet = true\n");

    CliRunner.Run run = cli.run("a.md");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(1).first().asString().contains("1 excluded");
  }

  @Test
  void aConfigFileGivenWithConfigIsUsed() throws Exception {
    write("a.md", "[x](" + url("/forbidden") + ")\n");
    Files.createDirectories(dir.resolve("conf"));
    Files.writeString(dir.resolve("conf/ci.toml"), "accept = \"403\"\n");

    assertThat(cli.run("--config", "conf/ci.toml", "a.md").exitCode()).isZero();
    assertThat(cli.run("--config", "conf/missing.toml", "a.md").err())
        .contains("--config", "conf/missing.toml");
  }

  @Test
  void anUnknownConfigKeyIsAUsageErrorNamingKeyAndLine() throws Exception {
    write("a.md", "text\n");
    write("linkcheck.toml", "timeout = 5\n\nmax-retry = 3\n");

    CliRunner.Run run = cli.run("a.md");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("linkcheck.toml:3", "max-retry");
  }

  @Test
  void aBadConfigValueIsAUsageErrorNamingKeyAndLine() throws Exception {
    write("a.md", "text\n");
    write("linkcheck.toml", "timeout = 5\nmax-retries = \"many\"\n");

    CliRunner.Run run = cli.run("a.md");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("linkcheck.toml:2", "max-retries");
  }

  @Test
  void aValueOfTheWrongKindIsAUsageErrorNamingKeyAndLine() throws Exception {
    write("a.md", "text\n");
    for (String bad :
        new String[] {"timeout = [1, 2]", "offline = \"yes\"", "exclude = { a = 1 }"}) {
      write("linkcheck.toml", "# comment\n" + bad + "\n");

      CliRunner.Run run = cli.run("a.md");

      String key = bad.substring(0, bad.indexOf(' '));
      assertThat(run.exitCode()).as(bad).isEqualTo(2);
      assertThat(run.err()).as(bad).contains("linkcheck.toml:2", key).doesNotContain("Exception");
    }
  }

  @Test
  void aNegativeConfigValueIsAUsageErrorNamingKeyAndLine() throws Exception {
    write("a.md", "text\n");
    write("linkcheck.toml", "\n\nhost-concurrency = 0\n");

    CliRunner.Run run = cli.run("a.md");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("linkcheck.toml:3", "host-concurrency");
  }

  @Test
  void aConfigSyntaxErrorNamesTheLine() throws Exception {
    write("a.md", "text\n");
    write("linkcheck.toml", "timeout = 5\nexclude = [\"a\"\n");

    CliRunner.Run run = cli.run("a.md");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("linkcheck.toml:");
  }

  @Test
  void ignoreFilePatternsAreNeverRequested() throws Exception {
    write("a.md", "[x](" + url("/forbidden") + ") [y](" + url("/ok") + ")\n");
    write(".linkcheckignore", "# known flaky\n\n/forbid+en$\n");

    CliRunner.Run run = cli.run("a.md");

    assertThat(run.exitCode()).isZero();
    assertThat(server.getAllServeEvents())
        .allSatisfy(e -> assertThat(e.getRequest().getUrl()).isEqualTo("/ok"));
  }

  @Test
  void aBadRegexInTheIgnoreFileNamesItsLine() throws Exception {
    write("a.md", "text\n");
    write(".linkcheckignore", "ok\n(unclosed\n");

    CliRunner.Run run = cli.run("a.md");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(".linkcheckignore:2");
  }

  @Test
  void remapRewritesUrlsBeforeTheyAreChecked() throws Exception {
    write("a.md", "[x](https://docs.example.invalid/ok)\n");

    CliRunner.Run run =
        cli.run(
            "--format",
            "json",
            "--remap",
            "https://docs\\.example\\.invalid/(.*) " + url("/$1"),
            "a.md");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode result = new ObjectMapper().readTree(run.out()).at("/results/0");
    assertThat(result.get("url").asText()).isEqualTo(url("/ok"));
    assertThat(result.at("/sources/0/file").asText()).isEqualTo("a.md");
  }

  @Test
  void baseUrlMakesRootRelativeLinksRemote() throws Exception {
    write("a.md", "[x](/ok)\n");

    CliRunner.Run run = cli.run("--format", "json", "--base-url", url("/docs/"), "a.md");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(new ObjectMapper().readTree(run.out()).at("/results/0/url").asText())
        .isEqualTo(url("/ok"));
  }

  @Test
  void completionScriptsAreGeneratedForBashAndZsh() {
    CliRunner.Run bash = cli.run("--completion", "bash");
    assertThat(bash.exitCode()).isZero();
    assertThat(bash.out()).contains("complete", "--host-concurrency", "--format");

    CliRunner.Run zsh = cli.run("--completion", "zsh");
    assertThat(zsh.out()).contains("#compdef linkcheck", "--host-concurrency");
  }

  @Test
  void manPageDocumentsEveryVisibleOption() {
    CliRunner.Run run = cli.run("--man");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith(".TH LINKCHECK 1").contains(".SH EXIT STATUS");
    var cmd = new picocli.CommandLine(new LinkcheckCommand(null, null, null));
    for (var option : cmd.getCommandSpec().options()) {
      if (!option.usageHelp() && !option.versionHelp()) {
        assertThat(run.out()).contains(ManPage.roff(option.longestName()));
      }
    }
  }

  @Test
  void helpGroupsOptionsIntoSections() {
    String help = cli.run("--help").out();

    assertThat(help).contains("Inputs:", "What to check:", "Network:", "Output:");
    String network = help.substring(help.indexOf("Network:"), help.indexOf("Output:"));
    assertThat(network).contains("--host-concurrency", "--timeout").doesNotContain("--format");
    assertThat(network).contains("--cache", "--max-cache-age");
    String output = help.substring(help.indexOf("Output:"));
    assertThat(output).contains("--baseline");
  }

  @Test
  void helpEndsWithExitCodesAndExamples() {
    String help = cli.run("--help").out();

    assertThat(help.indexOf("Exit codes:")).isPositive().isLessThan(help.indexOf("Examples:"));
    assertThat(help.substring(help.indexOf("Examples:")))
        .contains("linkcheck docs/", "--format json", "--baseline");
  }
}
