package dev.linkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkcheck.GithubLookalike;
import dev.linkcheck.Loopback;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --include-fragments} on github.com links, end to end in a real process that trusts the
 * GitHub look-alike's test CA the way a user trusts a CA ({@code -Djavax.net.ssl.trustStore}): line
 * anchors against the raw file's line count, Markdown headings against the raw Markdown.
 */
class GithubFragmentsProcessTest {

  private static final String README =
      "# Project\n\nIntro.\n\n## Installation\n\nRun it.\n\n## Note\n\nText.\n";

  @TempDir Path dir;

  @RegisterExtension final GithubLookalike github = GithubLookalike.start();

  private void page(String path) {
    github.serve(path, 200, "text/html", "<html><body><div id=repo-content></div></body></html>");
  }

  private void raw(String path, String text) {
    github.serve(path, 200, "text/plain; charset=utf-8", text);
  }

  @Test
  void githubLineAndHeadingAnchorsAreCheckedAgainstTheRawSource() throws Exception {
    String site = github.https("github.com");
    page("/o/r/blob/main/src/app.py");
    raw("/o/r/main/src/app.py", "import sys\n".repeat(12));
    page("/o/r/blob/main/docs/guide.md");
    raw("/o/r/main/docs/guide.md", README);
    page("/o/r");
    raw("/o/r/HEAD/README.md", README);
    page("/o/bare");
    Loopback.write(
        dir,
        "links.md",
        String.join(
            "\n",
            "[a](" + site + "/o/r/blob/main/src/app.py#L3)",
            "[b](" + site + "/o/r/blob/main/src/app.py#L3-L5)",
            "[c](" + site + "/o/r/blob/main/src/app.py#L999)",
            "[d](" + site + "/o/r/blob/main/docs/guide.md#installation)",
            "[e](" + site + "/o/r/blob/main/docs/guide.md#nope)",
            "[f](" + site + "/o/r#installation)",
            "[g](" + site + "/o/bare#installation)",
            ""));

    Subprocess.Ended run =
        Subprocess.run(
            dir,
            GithubLookalike.trustingJvmOptions(),
            "--include-fragments",
            "--max-retries",
            "0",
            "--format",
            "json",
            "links.md");

    assertThat(run.code()).as(run.err()).isEqualTo(1);
    JsonNode results = new ObjectMapper().readTree(run.out()).get("results");
    Map<String, JsonNode> byLink = new LinkedHashMap<>();
    results.forEach(r -> byLink.put(r.get("url").asText() + "#" + r.get("fragment").asText(), r));
    assertThat(byLink.keySet())
        .containsExactlyInAnyOrder(
            site + "/o/r/blob/main/src/app.py#L3",
            site + "/o/r/blob/main/src/app.py#L3-L5",
            site + "/o/r/blob/main/src/app.py#L999",
            site + "/o/r/blob/main/docs/guide.md#installation",
            site + "/o/r/blob/main/docs/guide.md#nope",
            site + "/o/r#installation",
            site + "/o/bare#installation");
    Map<String, String> status = new LinkedHashMap<>();
    byLink.forEach(
        (link, r) -> status.put(link.substring(site.length()), r.get("status").asText()));
    assertThat(status)
        .containsEntry("/o/r/blob/main/src/app.py#L3", "ok")
        .containsEntry("/o/r/blob/main/src/app.py#L3-L5", "ok")
        .containsEntry("/o/r/blob/main/src/app.py#L999", "broken")
        .containsEntry("/o/r/blob/main/docs/guide.md#installation", "ok")
        .containsEntry("/o/r/blob/main/docs/guide.md#nope", "broken")
        .containsEntry("/o/r#installation", "ok")
        .containsEntry("/o/bare#installation", "skipped");
    assertThat(byLink.get(site + "/o/r/blob/main/src/app.py#L999").get("message").asText())
        .isEqualTo(
            "fragment #L999 not found in "
                + site
                + "/o/r/blob/main/src/app.py (the file has 12 lines)");
    assertThat(byLink.get(site + "/o/r/blob/main/docs/guide.md#nope").get("suggestion").asText())
        .isEqualTo("note");
    assertThat(byLink.get(site + "/o/bare#installation").get("message").asText())
        .isEqualTo(
            "fragment #installation not checked: its source https://raw.githubusercontent.com:"
                + github.server().httpsPort()
                + "/o/bare/HEAD/README.md answered 404");
    // One fetch of each raw source, however many of its fragments are linked.
    assertThat(
            github.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals("/o/r/main/src/app.py"))
                .count())
        .isEqualTo(1);
  }
}
