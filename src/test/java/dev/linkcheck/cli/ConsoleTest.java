package dev.linkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConsoleTest {

  private final StringWriter out = new StringWriter();
  private final AtomicInteger width = new AtomicInteger(30);
  private final Console console = new Console(new PrintWriter(out), width::get);

  @Test
  void theStatusLineIsCutToTheWidthSoItNeverWraps() {
    console.status("[####....] checked 12/40, 1 failed, 8/s, eta 3s");

    assertThat(out.toString()).isEqualTo("\r\u001b[2K[####....] checked 12/40, 1 f");
  }

  @Test
  void aResizeIsHonouredAtTheNextDraw() {
    console.status("x".repeat(50));
    width.set(10);
    console.status("y".repeat(50));

    assertThat(out.toString()).endsWith("\r\u001b[2K" + "y".repeat(9));
  }

  @Test
  void aDiagnosticClearsTheStatusLineAndRedrawsItAfter() {
    console.status("checked 1/2");
    console.println("linkcheck: warning: docs/loop/: symlink loop, not followed");

    assertThat(out.toString())
        .isEqualTo(
            "\r\u001b[2Kchecked 1/2"
                + "\r\u001b[2Klinkcheck: warning: docs/loop/: symlink loop, not followed"
                + System.lineSeparator()
                + "checked 1/2");
  }

  @Test
  void withoutAStatusLineADiagnosticIsJustALine() {
    console.println("linkcheck: a.md: binary file, not read");
    console.clearStatus();

    assertThat(out.toString())
        .isEqualTo("linkcheck: a.md: binary file, not read" + System.lineSeparator());
  }

  @Test
  void cuttingCountsCodePointsAndKeepsTheLastColumnFree() {
    assertThat(Console.cut("a\uD83D\uDE00bcd", 4)).isEqualTo("a\uD83D\uDE00b");
    assertThat(Console.cut("abc", 4)).isEqualTo("abc");
  }

  @Test
  void columnsComesFromTheEnvironmentFirst() {
    assertThat(new TerminalWidth(Map.of("COLUMNS", "42")).getAsInt()).isEqualTo(42);
    assertThat(TerminalWidth.positive("0")).isNull();
    assertThat(TerminalWidth.positive("x")).isNull();
  }
}
