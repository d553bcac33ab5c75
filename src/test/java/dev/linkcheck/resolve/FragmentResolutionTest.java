package dev.linkcheck.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.model.Document;
import dev.linkcheck.model.DocumentType;
import dev.linkcheck.model.Link;
import dev.linkcheck.model.Location;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.SkipReason;
import dev.linkcheck.model.Target;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which fragments are kept for checking, same-page links, root-relative links and index files. */
class FragmentResolutionTest {

  @TempDir Path work;
  private Document doc;

  @BeforeEach
  void tree() throws IOException {
    Files.createDirectories(work.resolve("docs/guide"));
    Files.createDirectories(work.resolve("docs/empty"));
    Files.createDirectories(work.resolve("site/api"));
    Files.writeString(work.resolve("docs/guide/README.md"), "# Guide\n");
    Files.writeString(work.resolve("site/api/index.html"), "<h1 id=x>x</h1>");
    Files.writeString(work.resolve("site/api/README.md"), "# X\n");
    doc = new Document("docs/a.md", Path.of("docs/a.md"), DocumentType.MARKDOWN, "");
  }

  private TargetResolver resolver(boolean remote, boolean local, List<String> indexFiles) {
    return new TargetResolver(
        new ResolveOptions(
            Path.of("site"),
            List.of(),
            List.of(Pattern.compile("excluded")),
            false,
            work,
            remote,
            local,
            indexFiles));
  }

  private TargetResolver defaults() {
    return resolver(false, true, ResolveOptions.DEFAULT_INDEX_FILES);
  }

  private static Link link(String url) {
    return new Link(url, new Location("docs/a.md", 3, 1));
  }

  @Test
  void aSamePageFragmentIsCheckedAgainstThePageItself() {
    assertThat(defaults().resolveLink(doc, link("#usage")))
        .isEqualTo(new Resolved(new Target.Local(work.resolve("docs/a.md"), "docs/a.md"), "usage"));
  }

  @Test
  void withoutLocalFragmentsASamePageFragmentIsSkippedAsBefore() {
    assertThat(resolver(false, false, List.of()).resolveLink(doc, link("#usage")))
        .isEqualTo(
            new Resolved(
                new Target.Decided(
                    "#usage", new Outcome.Skipped(new SkipReason.SamePageFragment(false))),
                null));
  }

  @Test
  void aSamePageFragmentOnStandardInputHasNoPageToLookInto() {
    Document stdin = new Document("-", null, DocumentType.MARKDOWN, "# A\n");

    assertThat(defaults().resolveLink(stdin, link("#a")).target())
        .isEqualTo(
            new Target.Decided("#a", new Outcome.Skipped(new SkipReason.SamePageFragment(true))));
  }

  @Test
  void aLocalLinkKeepsItsFragmentAndThePageKeyStaysTheFile() {
    Resolved resolved = defaults().resolveLink(doc, link("guide/README.md#guide"));

    assertThat(resolved.target().key()).isEqualTo("docs/guide/README.md");
    assertThat(resolved.fragment()).isEqualTo("guide");
  }

  @Test
  void remoteFragmentsAreKeptOnlyWithIncludeFragments() {
    String url = "https://example.com/page?q=1#part";

    assertThat(defaults().resolveLink(doc, link(url)))
        .isEqualTo(
            new Resolved(new Target.Remote(URI.create("https://example.com/page?q=1")), null));
    assertThat(resolver(true, true, List.of()).resolveLink(doc, link(url)).fragment())
        .isEqualTo("part");
  }

  @Test
  void noFragmentIsKeptForLinksThatAreNotChecked() {
    TargetResolver all = resolver(true, true, List.of());

    assertThat(all.resolveLink(doc, link("https://excluded.test/#x")).fragment()).isNull();
    assertThat(all.resolveLink(doc, link("mailto:a@b.c#x")).fragment()).isNull();
    assertThat(all.resolveLink(doc, link("guide/README.md#")).fragment()).isNull();
  }

  @Test
  void rootRelativeLinksWithAFragmentResolveAgainstTheRootDir() {
    Resolved resolved = defaults().resolveLink(doc, link("/api/index.html#x"));

    assertThat(resolved)
        .isEqualTo(
            new Resolved(
                new Target.Local(work.resolve("site/api/index.html"), "site/api/index.html"), "x"));
  }

  @Test
  void aFolderResolvesToItsFirstIndexFileThatExists() {
    assertThat(defaults().resolveLink(doc, link("guide/#guide")).target().key())
        .isEqualTo("docs/guide/README.md");
    assertThat(defaults().resolveLink(doc, link("/api")).target().key())
        .isEqualTo("site/api/index.html");
    assertThat(
            resolver(false, true, List.of("README.md", "index.html"))
                .resolveLink(doc, link("/api/"))
                .target()
                .key())
        .isEqualTo("site/api/README.md");
  }

  @Test
  void aFolderWithoutAnIndexFileOrWithoutIndexFilesStaysAFolder() {
    assertThat(defaults().resolveLink(doc, link("empty")).target().key()).isEqualTo("docs/empty");
    assertThat(resolver(false, true, List.of()).resolveLink(doc, link("guide")).target().key())
        .isEqualTo("docs/guide");
  }
}
