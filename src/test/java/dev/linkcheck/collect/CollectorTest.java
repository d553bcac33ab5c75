package dev.linkcheck.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.linkcheck.model.Diagnostics;
import dev.linkcheck.model.Document;
import dev.linkcheck.model.DocumentType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectorTest {

  @TempDir Path dir;

  /** Records what the collector reports. */
  static final class Recorded implements Diagnostics {
    final List<String> errors = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    @Override
    public synchronized void inputError(String file, String message) {
      errors.add(file + ": " + message);
    }

    @Override
    public synchronized void warning(String message) {
      warnings.add(message);
    }
  }

  private final Recorded diagnostics = new Recorded();

  private Collector collector(boolean gitignore, String... excludePaths) {
    return collectorWithStdin(gitignore, "", excludePaths);
  }

  private Collector collectorWithStdin(boolean gitignore, String stdin, String... excludePaths) {
    return new Collector(
        new CollectOptions(
            Set.of("md", "markdown", "html", "htm"),
            gitignore,
            List.of(excludePaths).stream().map(Pattern::compile).toList(),
            DocumentType.MARKDOWN,
            () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            dir));
  }

  private void write(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  private List<String> collect(Collector c, String... inputs) throws Exception {
    return c.collect(List.of(inputs), diagnostics).stream()
        .map(s -> s.displayPath() + " " + s.type())
        .toList();
  }

  @Test
  void walksFoldersForMarkdownAndHtmlSortedAndJoinedWithTheInputAsWritten() throws Exception {
    write("docs/b.md", "");
    write("docs/a/z.html", "");
    write("docs/a/y.markdown", "");
    write("docs/notes.txt", "");
    write("docs/.hidden.md", "");
    write("docs/.git/x.md", "");

    assertThat(collect(collector(true), "docs/"))
        .containsExactly("docs/a/y.markdown MARKDOWN", "docs/a/z.html HTML", "docs/b.md MARKDOWN");
    assertThat(collect(collector(true), "docs")).first().isEqualTo("docs/a/y.markdown MARKDOWN");
  }

  @Test
  void aFileNamedExplicitlyIsTakenWhateverItsExtension() throws Exception {
    write("urls.txt", "");
    write("page.HTM", "");

    assertThat(collect(collector(true), "urls.txt", "page.HTM", "urls.txt"))
        .containsExactly("page.HTM HTML", "urls.txt TEXT");
  }

  @Test
  void globsMatchAcrossFoldersIncludingTheTopOne() throws Exception {
    write("docs/a.md", "");
    write("docs/x/b.md", "");
    write("docs/x/c.html", "");

    assertThat(collect(collector(true), "docs/**/*.md"))
        .containsExactly("docs/a.md MARKDOWN", "docs/x/b.md MARKDOWN");
    assertThat(collect(collector(true), "docs/*.md")).containsExactly("docs/a.md MARKDOWN");
  }

  @Test
  void aMissingInputOrAnEmptyGlobIsNamed() {
    assertThatThrownBy(() -> collect(collector(true), "nope.md"))
        .isInstanceOf(InputNotFoundException.class)
        .hasMessage("input not found: nope.md");
    assertThatThrownBy(() -> collect(collector(true), "*.nothing"))
        .isInstanceOf(InputNotFoundException.class)
        .hasMessageContaining("*.nothing");
  }

  @Test
  void gitignoreFilesAreHonouredWithNestingAndNegation() throws Exception {
    write(".gitignore", "build/\n*.gen.md\n!keep.gen.md\n/top-only.md\n");
    write("build/a.md", "");
    write("x.gen.md", "");
    write("keep.gen.md", "");
    write("top-only.md", "");
    write("sub/top-only.md", "");
    write("sub/.gitignore", "local.md\n");
    write("sub/local.md", "");
    write("local.md", "");

    assertThat(collect(collector(true), "."))
        .containsExactly("keep.gen.md MARKDOWN", "local.md MARKDOWN", "sub/top-only.md MARKDOWN");
    assertThat(collect(collector(false), ".")).hasSize(7);
  }

  @Test
  void excludePathDropsMatchingInputs() throws Exception {
    write("docs/a.md", "");
    write("docs/vendor/b.md", "");

    assertThat(collect(collector(true, "vendor/"), "docs")).containsExactly("docs/a.md MARKDOWN");
  }

  @Test
  void symlinkLoopsAreBrokenAndDanglingLinksReported() throws Exception {
    write("docs/a.md", "");
    Files.createSymbolicLink(dir.resolve("docs/loop"), dir.resolve("docs"));
    Files.createSymbolicLink(dir.resolve("docs/gone.md"), dir.resolve("missing.md"));

    assertThat(collect(collector(true), "docs")).containsExactly("docs/a.md MARKDOWN");
    assertThat(diagnostics.warnings).anyMatch(w -> w.contains("docs/loop") && w.contains("loop"));
    assertThat(diagnostics.errors).containsExactly("docs/gone.md: dangling symlink");
  }

  @Test
  void anUnreadableFolderIsReportedAndTheWalkGoesOn() throws Exception {
    write("docs/a.md", "");
    write("docs/locked/b.md", "");
    Path locked = dir.resolve("docs/locked");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeThat(Files.isReadable(locked)).as("running as root reads anything").isFalse();
      assertThat(collect(collector(true), "docs")).containsExactly("docs/a.md MARKDOWN");
      assertThat(diagnostics.errors).anyMatch(e -> e.startsWith("docs/locked"));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  private Optional<Document> read(String name) throws Exception {
    Source source = collector(true).collect(List.of(name), diagnostics).getFirst();
    return collector(true).read(source, diagnostics);
  }

  @Test
  void aUtf8BomIsDroppedAndUtf16WithBomDecoded() throws Exception {
    Files.write(
        dir.resolve("bom.md"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'});
    byte[] le = "\uFEFFhé".getBytes(StandardCharsets.UTF_16LE);
    Files.write(dir.resolve("le.md"), le);
    Files.write(dir.resolve("be.md"), "\uFEFFhé".getBytes(StandardCharsets.UTF_16BE));

    assertThat(read("bom.md").orElseThrow().content()).isEqualTo("hi");
    assertThat(read("le.md").orElseThrow().content()).isEqualTo("hé");
    assertThat(read("be.md").orElseThrow().content()).isEqualTo("hé");
    assertThat(diagnostics.errors).isEmpty();
  }

  @Test
  void aBinaryFileIsAnInputError() throws Exception {
    Files.write(dir.resolve("img.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});

    assertThat(read("img.md")).isEmpty();
    assertThat(diagnostics.errors).containsExactly("img.md: binary file, not read");
  }

  @Test
  void aFileThatVanishesBeforeTheReadIsAnInputError() throws Exception {
    write("soon.md", "x");
    Source source = collector(true).collect(List.of("soon.md"), diagnostics).getFirst();
    Files.delete(dir.resolve("soon.md"));

    assertThat(collector(true).read(source, diagnostics)).isEmpty();
    assertThat(diagnostics.errors).containsExactly("soon.md: file not found");
  }

  @Test
  void standardInputIsReadOnce() throws Exception {
    Collector c = collectorWithStdin(true, "[x](y)");
    List<Source> sources = c.collect(List.of("-", "-"), diagnostics);

    assertThat(sources).containsExactly(new Source("-", null, DocumentType.MARKDOWN));
    assertThat(c.read(sources.getFirst(), diagnostics).orElseThrow().content()).isEqualTo("[x](y)");
  }

  @Test
  void aLargeFileIsRead() throws Exception {
    String line = "Some text with a [link](https://example.com/x) in it.\n";
    Files.writeString(dir.resolve("big.md"), line.repeat(50 * 1024 * 1024 / line.length()));

    assertThat(read("big.md").orElseThrow().content()).hasSizeGreaterThan(49 * 1024 * 1024);
  }
}
