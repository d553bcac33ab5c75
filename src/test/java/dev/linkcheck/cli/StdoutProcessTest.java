package dev.linkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.io.Fifos;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a real process does when its standard output cannot take the report. */
class StdoutProcessTest {

  @TempDir Path dir;

  /** Links to local files, enough of them that the dump outgrows any pipe buffer. */
  private void manyLinks() throws Exception {
    StringBuilder page = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      page.append("[link ").append(i).append("](page-").append(i).append(".md)\n");
    }
    Files.writeString(dir.resolve("a.md"), page);
  }

  @Test
  void aFullDiskOnStdoutIsOneLineAndExitTwo() throws Exception {
    Files.writeString(dir.resolve("a.md"), "[here](a.md)\n");
    Path full = Fifos.fullDevice(dir.resolve("full"));

    Process p = Subprocess.builder(dir, "--offline", "a.md").redirectOutput(full.toFile()).start();
    String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(stderr).isEqualTo(2);
    assertThat(stderr)
        .isEqualTo("linkcheck: cannot write to standard output: No space left on device\n");
    assertThat(Fifos.isSpecial(full)).isTrue();
  }

  @Test
  void aReaderThatStopsAfterOneLineEndsTheRunQuietlyAsSigpipeDoes() throws Exception {
    manyLinks();

    Process p = Subprocess.builder(dir, "--dump", "a.md").start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).contains("page-0.md");
    } // closed here, as `| head -1` closes its end
    String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(stderr).isEmpty();
    assertThat(p.exitValue()).isEqualTo(141);
  }
}
