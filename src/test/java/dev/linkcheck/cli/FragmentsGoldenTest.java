package dev.linkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The docs tree under fixtures/fragments/ checked offline: every fragment's verdict and suggestion
 * exactly as in expected.txt (the summary's timing aside), by linkcheck's plain rules (no site).
 */
class FragmentsGoldenTest {

  private static final Path TREE =
      Path.of("src/test/resources/fixtures/fragments").toAbsolutePath();

  @Test
  void everyFragmentOfTheTreeGetsTheExpectedVerdictAndSuggestion() throws Exception {
    CliRunner.Run run =
        new CliRunner(TREE)
            .run("-v", "--site", "none", "--root-dir", ".", "--color", "never", "docs");

    String expected = Files.readString(TREE.resolve("expected.txt"), StandardCharsets.UTF_8);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out().replaceFirst(" \\(\\d+\\.\\ds\\)\\n$", "\n")).isEqualTo(expected);
  }
}
