package dev.linkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What stderr and a terminal see: one diagnostic style, nothing a dumb terminal cannot show. */
class TerminalStyleTest {

  @TempDir Path dir;

  @Test
  void aDumbTerminalGetsNeitherColourNorAProgressLine() throws Exception {
    Files.writeString(dir.resolve("a.md"), "[gone](gone.md)\n");

    CliRunner.Run xterm =
        new CliRunner(dir).terminal(true).env(Map.of("TERM", "xterm")).run("a.md");
    CliRunner.Run dumb = new CliRunner(dir).terminal(true).env(Map.of("TERM", "dumb")).run("a.md");

    assertThat(xterm.out()).as("colour on a real terminal").contains("\u001b[");
    assertThat(xterm.err()).as("progress on a real terminal").contains("\u001b[2K");
    assertThat(dumb.exitCode()).isEqualTo(1);
    assertThat(dumb.out()).contains("file not found").doesNotContain("\u001b");
    assertThat(dumb.err()).doesNotContain("\u001b", "\r");
  }

  @Test
  void theProgressLineIsCutToTheWidthAndNeverRunsIntoADiagnostic() throws Exception {
    Files.createDirectories(dir.resolve("docs"));
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      many.append("[x").append(i).append("](gone-").append(i).append(".md)\n");
    }
    Files.writeString(dir.resolve("docs/a.md"), many);
    for (int i = 0; i < 20; i++) {
      Files.write(dir.resolve("docs/bin" + i + ".md"), new byte[] {'x', 0, 'y'});
    }

    CliRunner.Run run =
        new CliRunner(dir).terminal(true).env(Map.of("TERM", "xterm", "COLUMNS", "30")).run("docs");

    String erase = "\r\u001b[2K";
    assertThat(run.err()).contains(erase);
    for (String drawn : run.err().split("\r\u001b\\[2K|\n")) {
      if (!drawn.startsWith("linkcheck: ")) {
        assertThat(drawn.length()).as(drawn).isLessThan(30);
      }
    }
    // every diagnostic starts on a clean line: after a newline or an erased progress line
    int at = -1;
    while ((at = run.err().indexOf("linkcheck: ", at + 1)) >= 0) {
      String before = run.err().substring(0, at);
      assertThat(before.isEmpty() || before.endsWith("\n") || before.endsWith(erase))
          .as(run.err())
          .isTrue();
    }
  }

  @Test
  void warningsAndErrorsHaveOneStyleOnStderr() throws Exception {
    Files.createDirectories(dir.resolve("docs"));
    Files.writeString(dir.resolve("docs/a.md"), "[a](a.md)\n");
    Files.write(dir.resolve("docs/b.md"), new byte[] {'x', 0, 'y'});
    Files.createSymbolicLink(dir.resolve("docs/loop"), dir.resolve("docs"));

    CliRunner.Run run = new CliRunner(dir).run("docs");

    assertThat(run.err().lines())
        .containsExactlyInAnyOrder(
            "linkcheck: docs/b.md: binary file, not read",
            "linkcheck: warning: docs/loop/: symlink loop, not followed");
  }

  @Test
  void standardInputOnATerminalIsAnnouncedWhenItIsRead() throws Exception {
    StringWriter said = new StringWriter();
    var in = new ByteArrayInputStream(new byte[0]);

    var terminal = Main.stdin(in, true, new PrintWriter(said));
    assertThat(said.toString()).as("nothing before it is read").isEmpty();
    assertThat(terminal.get()).isSameAs(in);
    assertThat(said.toString())
        .isEqualTo("linkcheck: reading standard input (end it with Ctrl-D)\n");

    StringWriter quiet = new StringWriter();
    Main.stdin(in, false, new PrintWriter(quiet)).get();
    assertThat(quiet.toString()).isEmpty();
  }
}
