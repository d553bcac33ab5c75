package dev.linkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --color} and NO_COLOR: colour only where it is wanted, drawn by picocli's ANSI. */
class ColourCliTest {

  /** picocli ends a foreground colour with SGR 39 (default colour), not a full reset. */
  private static final String RED_VERDICT = "\u001b[31mfile not found\u001b[39m";

  @TempDir Path dir;

  @BeforeEach
  void docs() throws Exception {
    Files.writeString(dir.resolve("a.md"), "[x](missing.md)\n");
  }

  private CliRunner.Run run(boolean terminal, Map<String, String> env, String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--no-progress";
    all[args.length + 1] = "a.md";
    return new CliRunner(dir).terminal(terminal).env(env).run(all);
  }

  @Test
  void autoColoursATerminal() {
    CliRunner.Run run = run(true, Map.of());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(RED_VERDICT).contains("\u001b[1ma.md\u001b[0m");
  }

  @Test
  void autoLeavesAPipeAndAFilePlain() throws Exception {
    assertThat(run(false, Map.of()).out()).doesNotContain("\u001b[");

    Path report = dir.resolve("report.txt");
    run(true, Map.of(), "--output", report.toString());
    assertThat(Files.readString(report)).contains("file not found").doesNotContain("\u001b[");
  }

  @Test
  void noColorTurnsAutoOffButNotAlways() {
    assertThat(run(true, Map.of("NO_COLOR", "1")).out()).doesNotContain("\u001b[");
    assertThat(run(true, Map.of("NO_COLOR", "1"), "--color", "always").out()).contains(RED_VERDICT);
  }

  @Test
  void anEmptyNoColorDoesNotCount() {
    assertThat(run(true, Map.of("NO_COLOR", "")).out()).contains(RED_VERDICT);
  }

  @Test
  void alwaysAndNeverOverrideTheTerminalTest() {
    assertThat(run(false, Map.of(), "--color", "always").out()).contains(RED_VERDICT);
    assertThat(run(true, Map.of(), "--color", "never").out()).doesNotContain("\u001b[");
  }

  @Test
  void machineFormatsAreNeverColoured() {
    for (String format : new String[] {"json", "ndjson", "markdown", "github", "junit", "sarif"}) {
      assertThat(run(true, Map.of(), "--color", "always", "--format", format).out())
          .as(format)
          .doesNotContain("\u001b[");
    }
  }
}
