package dev.linkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.linkcheck.Loopback;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs and the address exclusions through the whole command line, in-process. */
class ReliabilityCliTest {

  @TempDir Path dir;
  private Loopback wiremock;
  private WireMockServer server;
  private CliRunner cli;

  @BeforeEach
  void start() {
    wiremock = Loopback.start().status("/ok", 200);
    server = wiremock.server();
    cli = new CliRunner(dir);
  }

  @AfterEach
  void stop() {
    wiremock.close();
  }

  private String url(String path) {
    return wiremock.url(path);
  }

  private Path write(String name, byte[] content) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }

  private Path write(String name, String content) throws Exception {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, JsonNode> resultsByUrl(JsonNode root) {
    Map<String, JsonNode> byUrl = new HashMap<>();
    root.get("results").forEach(r -> byUrl.put(r.get("url").asText(), r));
    return byUrl;
  }

  @Test
  void excludeLoopbackNeverRequestsTheLinkAndSaysWhy() throws Exception {
    write("a.md", "[x](" + url("/ok") + ")\n");

    CliRunner.Run run = cli.run("--exclude-loopback", "--format", "json", "a.md");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode result = new ObjectMapper().readTree(run.out()).at("/results/0");
    assertThat(result.get("status").asText()).isEqualTo("excluded");
    assertThat(result.get("message").asText())
        .isEqualTo("excluded by --exclude-loopback: 127.0.0.1");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void theExclusionsCanBeSetInTheConfigFile() throws Exception {
    write(
        "a.md", "[x](" + url("/ok") + ") [y](http://intranet.test/) [z](http://metadata.test/)\n");
    write(
        "linkcheck.toml",
        "exclude-loopback = true\nexclude-private = true\nexclude-link-local = true\n");

    CliRunner.Run run = cli.run("--format", "json", "a.md");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.at("/summary/excluded").asInt()).isEqualTo(3);
    assertThat(resultsByUrl(root).get("http://intranet.test/").get("message").asText())
        .isEqualTo("excluded by --exclude-private: intranet.test (10.1.2.3)");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void everyBadInputIsNamedAndTheRunGoesOn() throws Exception {
    write("docs/good.md", "[ok](" + url("/ok") + ")\n");
    write("docs/image.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    write("docs/latin1.md", new byte[] {'[', 'x', ']', '(', 'b', (byte) 0xE9, '.', 'm', 'd', ')'});
    write("docs/utf16.md", ("\uFEFF[u](" + url("/ok") + ")\n").getBytes(StandardCharsets.UTF_16LE));
    Files.createSymbolicLink(dir.resolve("docs/dangling.md"), dir.resolve("nowhere.md"));
    Files.createSymbolicLink(dir.resolve("docs/loop"), dir.resolve("docs"));

    CliRunner.Run run = cli.run("--format", "json", "docs");

    assertThat(run.exitCode()).as("input errors fail the run").isEqualTo(1);
    assertThat(run.err())
        .contains("docs/image.md: binary file, not read")
        .contains("docs/dangling.md: dangling symlink")
        .doesNotContain("Exception");
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.at("/summary/files").asInt()).isEqualTo(3);
    assertThat(root.at("/summary/ok").asInt()).isEqualTo(1);
    assertThat(resultsByUrl(root).get(url("/ok")).get("sources")).hasSize(2);
    assertThat(resultsByUrl(root)).containsKey("docs/b\uFFFD.md");
    assertThat(root.get("input_errors").findValuesAsText("file"))
        .containsExactly("docs/dangling.md", "docs/image.md", "docs/latin1.md");
  }

  @Test
  void anUnreadableFileIsNamedAndTheRunGoesOn() throws Exception {
    write("docs/good.md", "[ok](" + url("/ok") + ")\n");
    Path locked = write("docs/locked.md", "[x](y.md)\n");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeThat(Files.isReadable(locked)).as("running as root reads anything").isFalse();

    CliRunner.Run run = cli.run("--format", "json", "docs");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("docs/locked.md").doesNotContain("Exception");
    assertThat(new ObjectMapper().readTree(run.out()).at("/summary/ok").asInt()).isEqualTo(1);
  }

  @Test
  void aFileWhoseReadFailsIsNamedAndTheRunGoesOnEvenForRoot() throws Exception {
    // Permissions do not stop root, but a read can still fail: this process's own memory at
    // offset 0 is unmapped, so reading it is an I/O error whoever runs the tests.
    Path memory = Path.of("/proc/self/mem");
    assumeThat(Files.exists(memory)).as("Linux /proc").isTrue();
    write("docs/good.md", "[ok](" + url("/ok") + ")\n");
    Files.createSymbolicLink(dir.resolve("docs/fails.md"), memory);

    CliRunner.Run run = cli.run("--format", "json", "docs");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("docs/fails.md").doesNotContain("Exception");
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.get("input_errors").findValuesAsText("file"))
        .containsExactly("docs/fails.md");
    assertThat(report.at("/summary/ok").asInt()).isEqualTo(1);
  }

  @Test
  void aFolderThatIsAlsoNamedLikeMarkdownIsWalkedNotRead() throws Exception {
    write("notes.md/inner.md", "[ok](" + url("/ok") + ")\n");

    CliRunner.Run run = cli.run("--format", "json", ".");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(new ObjectMapper().readTree(run.out()).at("/summary/ok").asInt()).isEqualTo(1);
  }

  @Test
  void malformedUrlsOfEveryKindAreErrorsNamingTheProblemAndTheRestIsChecked() throws Exception {
    String[] written = {
      "http://",
      "http://[::1",
      "http://example.com:70000/",
      "https://exa mple.com/",
      url("/ok"),
      "https://bücher.invalid/%zz a"
    };
    StringBuilder doc = new StringBuilder();
    for (String link : written) {
      doc.append("[link](<").append(link).append(">)\n");
    }
    write("links.md", doc.toString());

    CliRunner.Run run = cli.run("--format", "json", "--max-retries", "0", "links.md");

    assertThat(run.exitCode()).isEqualTo(1);
    Map<String, JsonNode> results = resultsByUrl(new ObjectMapper().readTree(run.out()));
    assertThat(results.get("http://").get("message").asText()).contains("empty host");
    assertThat(results.get("http://[::1").get("message").asText()).contains("unclosed IPv6");
    assertThat(results.get("http://example.com:70000/").get("message").asText())
        .contains("port 70000 out of range");
    assertThat(results.get("https://exa mple.com/").get("message").asText())
        .contains("invalid host name");
    assertThat(results.get(url("/ok")).get("status").asText()).isEqualTo("ok");
    // a Unicode host is converted to punycode, a stray % encoded: then checked like any other
    assertThat(results.get("https://xn--bcher-kva.invalid/%25zz%20a").get("message").asText())
        .startsWith("DNS:");
  }

  @Test
  void aSingleFiveMegabyteLineIsExtractedWithTheRightColumn() throws Exception {
    String padding = "x".repeat(5 * 1024 * 1024);
    write("long.md", padding + " [end](" + url("/ok") + ")\n");

    long start = System.nanoTime();
    CliRunner.Run run = cli.run("--format", "json", "long.md");
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode source = new ObjectMapper().readTree(run.out()).at("/results/0/sources/0");
    assertThat(source.get("line").asInt()).isEqualTo(1);
    assertThat(source.get("column").asInt()).isEqualTo(padding.length() + 2);
    assertThat(elapsedMs).isLessThan(30_000);
  }

  @Test
  void aFiftyMegabyteMarkdownFileIsChecked() throws Exception {
    String prose = "Some words in a sentence, and more words to fill the line up nicely.\n";
    String paragraph = prose.repeat(9) + "See [the page](" + url("/ok") + ") here.\n\n";
    int paragraphs = 50 * 1024 * 1024 / paragraph.length() + 1;
    write("big.md", paragraph.repeat(paragraphs));

    CliRunner.Run run = cli.run("--format", "json", "big.md");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode summary = new ObjectMapper().readTree(run.out()).get("summary");
    assertThat(summary.get("links").asInt()).isEqualTo(paragraphs);
    assertThat(summary.get("ok").asInt()).isEqualTo(1);
  }
}
