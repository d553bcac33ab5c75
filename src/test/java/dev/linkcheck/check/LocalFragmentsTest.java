package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.anchors.Anchors;
import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.DocumentType;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.SkipReason;
import dev.linkcheck.model.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fragments of local files: checked against the file's anchors, parsed once per run. */
class LocalFragmentsTest {

  @TempDir Path dir;
  private final AtomicInteger reads = new AtomicInteger();
  private Checker checker;

  @BeforeEach
  void start() {
    AnchorReader reader =
        (file, type) -> {
          reads.incrementAndGet();
          try {
            return Optional.of(Anchors.of(type, Files.readString(file)));
          } catch (IOException e) {
            return Optional.empty();
          }
        };
    checker =
        new Checker(
            CheckerTest.options(Duration.ofMillis(500), 0).toBuilder()
                .fragments(FragmentOptions.defaults().withLocalAnchors(reader))
                .build());
  }

  @AfterEach
  void stop() {
    checker.close();
  }

  private Target.Local file(String name, String content) {
    Path path = dir.resolve(name);
    try {
      Files.createDirectories(path.getParent());
      if (content != null) {
        Files.writeString(path, content);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Target.Local(path, "docs/" + name);
  }

  private List<CheckResult> check(Target target, String... fragments) {
    return checker.checkFragments(target, List.of(fragments));
  }

  @Test
  void aFragmentNamingAHeadingIsOkAndAMissingOneIsBrokenWithASuggestion() {
    Target.Local install = file("install.md", "# Install\n\n## Configuring the proxy\n");

    List<CheckResult> results = check(install, "configuring-the-proxy", "configuring-proxy");

    assertThat(results.get(0))
        .isEqualTo(
            new CheckResult(
                "docs/install.md",
                new Outcome.Ok(null),
                results.get(0).durationMs(),
                "configuring-the-proxy"));
    assertThat(results.get(1).fragment()).isEqualTo("configuring-proxy");
    assertThat(results.get(1).outcome())
        .isEqualTo(
            new Outcome.Broken(
                new Outcome.MissingFragment("configuring-proxy", "configuring-the-proxy", null)));
  }

  @Test
  void aMissingFragmentFarFromEveryAnchorHasNoSuggestion() {
    Target.Local page = file("a.md", "# Alpha\n");

    CheckResult result = check(page, "completely-different").getFirst();

    assertThat(result.outcome())
        .isEqualTo(
            new Outcome.Broken(new Outcome.MissingFragment("completely-different", null, null)));
  }

  @Test
  void eachFileIsReadOnceHoweverManyFragmentsAndChecksPointIntoIt() {
    Target.Local page = file("a.md", "# One\n# Two\n");

    check(page, "one", "two", "three");
    check(page, "one");
    check(file("b.md", "# B\n"), "b");

    assertThat(reads).hasValue(2);
  }

  @Test
  void githubLineAnchorsAreAcceptedOnMarkdownFilesOnly() {
    Target.Local md = file("code.md", "text\n");
    Target.Local html = file("code.html", "<p>text</p>");

    assertThat(check(md, "L10", "L10-L20", "L3C2-L4C8", "L", "l10"))
        .extracting(r -> r.outcome().status())
        .containsExactly("ok", "ok", "ok", "broken", "broken");
    assertThat(check(html, "L10").getFirst().outcome().status()).isEqualTo("broken");
  }

  @Test
  void topIsAcceptedOnEveryPage() {
    assertThat(check(file("a.html", "<p>x</p>"), "top").getFirst().outcome())
        .isEqualTo(new Outcome.Ok(null));
  }

  @Test
  void percentEncodedFragmentsMatchTheirDecodedAnchor() {
    Target.Local page = file("u.md", "# Café crème\n");

    assertThat(check(page, "caf%C3%A9-cr%C3%A8me", "café-crème"))
        .extracting(r -> r.outcome().status())
        .containsExactly("ok", "ok");
  }

  @Test
  void htmlFilesOfferEveryIdAndNamedAnchor() {
    Target.Local page = file("p.html", "<h1 id=intro>x</h1><a name=old></a><input name=field>");

    assertThat(check(page, "intro", "old", "field"))
        .extracting(r -> r.outcome().status())
        .containsExactly("ok", "ok", "broken");
  }

  @Test
  void aMissingFileFailsItsFragmentsLikeTheFileItself() {
    Target.Local missing = file("gone.md", null);

    assertThat(check(missing, "x").getFirst().outcome())
        .isEqualTo(new Outcome.Broken(new Outcome.MissingFile()));
  }

  @Test
  void fragmentsOfFilesThatHaveNoAnchorsAreNotCheckedButOk() throws IOException {
    Target.Local image = file("logo.png", "png");
    Files.createDirectories(dir.resolve("folder"));
    Target.Local folder = new Target.Local(dir.resolve("folder"), "docs/folder");

    assertThat(check(image, "x").getFirst().outcome())
        .isEqualTo(new Outcome.Ok(null, "fragment not checked: not a Markdown or HTML file"));
    assertThat(check(folder, "x").getFirst().outcome())
        .isEqualTo(new Outcome.Ok(null, "fragment not checked: a folder"));
  }

  @Test
  void aFileThatCannotBeReadSkipsItsFragmentsWithTheReason() {
    Checker blind =
        new Checker(
            CheckerTest.options(Duration.ofMillis(500), 0).toBuilder()
                .fragments(FragmentOptions.defaults().withLocalAnchors((f, t) -> Optional.empty()))
                .build());
    Target.Local page = file("a.md", "# A\n");

    assertThat(blind.checkFragments(page, List.of("a")).getFirst().outcome())
        .isEqualTo(new Outcome.Skipped(new SkipReason.UnreadableFile("a")));
    blind.close();
  }

  @Test
  void theAnchorsReaderSeesTheFileType() {
    List<DocumentType> seen = new java.util.ArrayList<>();
    Checker spy =
        new Checker(
            CheckerTest.options(Duration.ofMillis(500), 0).toBuilder()
                .fragments(
                    new FragmentOptions(
                        1,
                        (f, type) -> {
                          seen.add(type);
                          return Optional.of(java.util.Set.of());
                        }))
                .build());
    spy.checkFragments(file("a.markdown", "x"), List.of("a"));
    spy.checkFragments(file("b.htm", "x"), List.of("b"));
    spy.close();

    assertThat(seen).containsExactly(DocumentType.MARKDOWN, DocumentType.HTML);
  }
}
