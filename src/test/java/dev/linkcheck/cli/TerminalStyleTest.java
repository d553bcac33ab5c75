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
