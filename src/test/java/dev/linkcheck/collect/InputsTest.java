package dev.linkcheck.collect;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkcheck.Loopback;
import dev.linkcheck.model.Document;
import dev.linkcheck.model.DocumentType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Which inputs the collector takes, and what it says about those it cannot. */
class InputsTest {

  @TempDir Path dir;

  @RegisterExtension final Loopback web = Loopback.start();

  private final CollectorTest.Recorded diagnostics = new CollectorTest.Recorded();

  private CollectOptions options() {
    return new CollectOptions(
        Set.of("md", "markdown", "html", "htm"),
        true,
        List.of(),
        DocumentType.MARKDOWN,
        () -> new ByteArrayInputStream(new byte[0]),
        dir);
  }

  private List<String> collect(CollectOptions options, String... inputs) throws Exception {
    return new Collector(options)
        .collect(List.of(inputs), diagnostics).stream().map(Source::displayPath).toList();
  }

  private void write(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  @Test
  void theRepositoryRootsGitignoreAppliesWhenASubfolderIsWalked() throws Exception {
    Files.createDirectory(dir.resolve(".git"));
    write(".gitignore", "docs/_build/\n*.tmp.md\n");
    write("docs/.gitignore", "!keep.tmp.md\n");
    write("docs/a.md", "");
    write("docs/_build/generated.md", "");
    write("docs/scratch.tmp.md", "");
    write("docs/keep.tmp.md", "");

    assertThat(collect(options(), "docs")).containsExactly("docs/a.md", "docs/keep.tmp.md");
    assertThat(collect(options(), "docs/*.md")).containsExactly("docs/a.md", "docs/keep.tmp.md");
  }

  @Test
  void parentGitignoresOutsideARepositoryDoNotApply() throws Exception {
    write(".gitignore", "_build/\n");
    write("docs/_build/generated.md", "");

    assertThat(collect(options(), "docs")).containsExactly("docs/_build/generated.md");
  }

  @Test
  void aFolderWithNoFileToCheckIsAUsageErrorUnlessAllowEmpty() throws Exception {
    write("rst/index.rst", "");

    assertThatThrownBy(() -> collect(options(), "rst"))
        .isInstanceOf(InputNotFoundException.class)
        .hasMessage(
            "rst: no file to check in it (extensions htm,html,markdown,md); --allow-empty accepts"
                + " that");
    assertThat(
            collect(options().with(CollectOptions.InputRules.STRICT.lenient(true, false)), "rst"))
        .isEmpty();
  }

  @Test
  void aGlobThatMatchesNothingIsAcceptedWithAllowEmpty() throws Exception {
    assertThatThrownBy(() -> collect(options(), "*.md"))
        .hasMessageContaining("no file matches *.md");
    assertThat(
            collect(options().with(CollectOptions.InputRules.STRICT.lenient(true, false)), "*.md"))
        .isEmpty();
  }

  @Test
  void skipMissingPassesOverADeletedFileWithANote() throws Exception {
    write("a.md", "");

    assertThatThrownBy(() -> collect(options(), "gone.md", "a.md"))
        .hasMessage("input not found: gone.md");
    assertThat(
            collect(
                options().with(CollectOptions.InputRules.STRICT.lenient(false, true)),
                "gone.md",
                "a.md"))
        .containsExactly("a.md");
    assertThat(diagnostics.warnings)
        .containsExactly("gone.md: not found, skipped (--skip-missing)");
  }

  @Test
  void invalidUtf8IsAnInputErrorWhoseTextIsStillRead() throws Exception {
    Files.write(dir.resolve("latin1.md"), new byte[] {'[', 'x', ']', '(', 'b', (byte) 0xE9, ')'});
    Collector collector = new Collector(options());

    Document doc =
        collector
            .read(collector.collect(List.of("latin1.md"), diagnostics).getFirst(), diagnostics)
            .orElseThrow();

    assertThat(doc.content()).isEqualTo("[x](b\uFFFD)");
    assertThat(diagnostics.errors)
        .containsExactly(
            "latin1.md: invalid UTF-8, decoded with replacement characters (its links are still"
                + " checked)");
  }

  @Test
  void aUrlInputIsFetchedAsOnePageWithItsUrlAsTheBase() throws Exception {
    web.stub(
        get(urlEqualTo("/docs/page"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody("<a href=\"other.html\">x</a>")));
    Collector collector = new Collector(options());
    String url = web.url("/docs/page");

    List<Source> sources = collector.collect(List.of(url), diagnostics);
    Document doc = collector.read(sources.getFirst(), diagnostics).orElseThrow();

    assertThat(sources).extracting(Source::displayPath).containsExactly(url);
    assertThat(doc.type()).isEqualTo(DocumentType.HTML);
    assertThat(doc.base()).isEqualTo(URI.create(url));
    assertThat(doc.content()).contains("other.html");
    assertThat(diagnostics.errors).isEmpty();
  }

  @Test
  void aUrlInputThatFailsIsAnInputErrorSayingWhy() throws Exception {
    web.status("/gone", 404);
    web.stub(get(urlEqualTo("/slow")).willReturn(aResponse().withFixedDelay(10_000).withBody("")));
    Collector strict = new Collector(options());
    // Only the page expected to time out gets a short limit: a loaded machine must not time out
    // the other.
    Collector impatient =
        new Collector(
            options().with(CollectOptions.InputRules.STRICT.fetching(Duration.ofMillis(300), "t")));

    for (Source source : strict.collect(List.of(web.url("/gone")), diagnostics)) {
      assertThat(strict.read(source, diagnostics)).isEmpty();
    }
    for (Source source : impatient.collect(List.of(web.url("/slow")), diagnostics)) {
      assertThat(impatient.read(source, diagnostics)).isEmpty();
    }

    assertThat(diagnostics.errors)
        .containsExactly(
            web.url("/gone") + ": cannot fetch: HTTP 404",
            web.url("/slow") + ": cannot fetch: timeout after 0.3s");
  }
}
