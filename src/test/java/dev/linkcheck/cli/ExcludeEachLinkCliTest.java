package dev.linkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --exclude decides each written link, a fragment link on its own, whichever comes first. */
class ExcludeEachLinkCliTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"[x](b.md#private) [y](b.md)", "[y](b.md) [x](b.md#private)"})
  void anExcludedFragmentLinkNeverExcludesItsPage(String links) throws Exception {
    Files.writeString(dir.resolve("a.md"), links + " [z](#private)\n\n## Private\n");
    Files.writeString(dir.resolve("b.md"), "# B\n");

    CliRunner.Run run =
        new CliRunner(dir).run("-v", "--color", "never", "--exclude", "#private", "a.md");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("ok  b.md\n")
        .contains("excluded  b.md#private\n")
        .contains("excluded  a.md#private\n")
        .contains("3 links (3 unique)");
  }
}
