package dev.linkcheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkcheck.Loopback;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Inputs and HTML as the whole command line sees them. */
class InputsCliTest {

  @TempDir Path dir;

  @RegisterExtension
  final Loopback web = Loopback.start().status("/ok", 200).status("/missing", 404);

  private CliRunner cli;

  @BeforeEach
  void start() {
    cli = new CliRunner(dir);
  }

  private static Map<String, JsonNode> byUrl(JsonNode root) {
    Map<String, JsonNode> results = new HashMap<>();
    root.get("results").forEach(r -> results.put(r.get("url").asText(), r));
    return results;
  }

  @Test
  void aUrlInputIsFetchedAndTheLinksOfThatOnePageChecked() throws Exception {
    web.stub(
        get(urlEqualTo("/docs/index.html"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html")
                    .withBody(
                        "<a href=\"/ok\">ok</a> <a href=\"../missing\">gone</a>"
                            + " <a href=\"next.html\">next</a>")));
    web.stub(
        get(urlEqualTo("/docs/next.html"))
            .willReturn(aResponse().withBody("<a href=\"/never-crawled\">x</a>")));
    String page = web.url("/docs/index.html");

    CliRunner.Run run = cli.run("--format", "json", page);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    JsonNode root = new ObjectMapper().readTree(run.out());
    Map<String, JsonNode> results = byUrl(root);
    assertThat(results.get(web.url("/ok")).get("status").asText()).isEqualTo("ok");
    assertThat(results.get(web.url("/missing")).get("status").asText()).isEqualTo("broken");
    assertThat(results.get(web.url("/docs/next.html")).get("status").asText()).isEqualTo("ok");
    assertThat(results.get(web.url("/ok")).at("/sources/0/file").asText()).isEqualTo(page);
    web.server().verify(0, anyRequestedFor(urlEqualTo("/never-crawled")));
  }

  @Test
  void aFileThatIsNotValidUtf8IsAnInputErrorWhileItsLinksAreStillChecked() throws Exception {
    byte[] head = ("[ok](" + web.url("/ok") + ") caf").getBytes();
    byte[] bytes = new byte[head.length + 2];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE9;
    bytes[head.length + 1] = '\n';
    Files.write(dir.resolve("latin1.md"), bytes);

    CliRunner.Run json = cli.run("--format", "json", "latin1.md");
    CliRunner.Run text = cli.run("latin1.md");

    assertThat(json.exitCode()).isEqualTo(1);
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.at("/summary/ok").asInt()).isEqualTo(1);
    assertThat(root.at("/input_errors/0/file").asText()).isEqualTo("latin1.md");
    assertThat(root.at("/input_errors/0/message").asText()).startsWith("invalid UTF-8");
    assertThat(text.out()).contains("1 ok", "1 unreadable input");
  }

  @Test
  void aFolderWithNoFileToCheckExitsTwoSayingSo() throws Exception {
    Files.createDirectories(dir.resolve("rst"));
    Files.writeString(dir.resolve("rst/index.rst"), "x\n");

    CliRunner.Run run = cli.run("rst");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("rst: no file to check in it", "--allow-empty");
  }

  @Test
  void allowEmptyAcceptsAFolderWithNothingToCheck() throws Exception {
    Files.createDirectories(dir.resolve("rst"));

    CliRunner.Run run = cli.run("--allow-empty", "rst");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("0 links (0 unique) in 0 files");
  }

  @Test
  void skipMissingPassesOverADeletedFileWithAWarning() throws Exception {
    Files.writeString(dir.resolve("a.md"), "[a](a.md)\n");

    CliRunner.Run strict = cli.run("deleted.md", "a.md");
    CliRunner.Run lenient = cli.run("--skip-missing", "deleted.md", "a.md");

    assertThat(strict.exitCode()).isEqualTo(2);
    assertThat(lenient.exitCode()).as(lenient.err()).isZero();
    assertThat(lenient.err())
        .isEqualTo("linkcheck: warning: deleted.md: not found, skipped (--skip-missing)\n");
    assertThat(lenient.out()).startsWith("1 link (1 unique) in 1 file");
  }

  @Test
  void theRootGitignoreAppliesWhenASubfolderIsChecked() throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".gitignore"), "docs/_build/\n");
    Files.createDirectories(dir.resolve("docs/_build"));
    Files.writeString(dir.resolve("docs/a.md"), "[a](a.md)\n");
    Files.writeString(dir.resolve("docs/_build/b.md"), "[gone](nowhere.md)\n");

    CliRunner.Run run = cli.run("docs");

    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).startsWith("1 link (1 unique) in 1 file");
  }

  @Test
  void baseHrefAndResourceHintsInAnHtmlFile() throws Exception {
    Files.createDirectories(dir.resolve("site/sub"));
    Files.writeString(dir.resolve("site/sub/a.html"), "<p>a</p>\n");
    Files.writeString(
        dir.resolve("site/index.html"),
        "<head><base href=\"sub/\">"
            + "<link rel=\"preconnect\" href=\"http://preconnect.invalid\"></head>"
            + "<a href=\"a.html\">a</a>\n");

    CliRunner.Run run = cli.run("--format", "json", "site/index.html");

    assertThat(run.exitCode()).as(run.out()).isZero();
    Map<String, JsonNode> results = byUrl(new ObjectMapper().readTree(run.out()));
    assertThat(results.get("site/sub/a.html").get("status").asText()).isEqualTo("ok");
    JsonNode hint = results.get("http://preconnect.invalid");
    assertThat(hint.get("status").asText()).isEqualTo("skipped");
    assertThat(hint.get("message").asText()).contains("resource hint (rel=preconnect)");
  }
}
