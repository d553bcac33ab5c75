package dev.linkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signal that comes while a finished run writes its report lets that report end whole: the
 * interruption handler (the JVM's shutdown hook, which halts the process after it) waits for it.
 */
class InterruptDuringFinalReportTest {

  @TempDir Path dir;

  /** Holds the first write until released, so the test can signal in the middle of the report. */
  private static final class HeldWriter extends Writer {
    final StringWriter text = new StringWriter();
    final CountDownLatch reached = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public void write(char[] chars, int off, int len) {
      reached.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      text.write(chars, off, len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Test
  void aSignalDuringTheFinalReportWaitsForTheWholeReport() throws Exception {
    Files.writeString(dir.resolve("a.md"), "[b](b.md) [gone](gone.md)\n");
    Files.writeString(dir.resolve("b.md"), "# B\n");
    HeldWriter out = new HeldWriter();
    Interruption interruption = new Interruption();
    Environment env =
        new Environment(
            Map.of(), false, false, dir, () -> new ByteArrayInputStream(new byte[0]), interruption);
    AtomicInteger code = new AtomicInteger(-1);
    Thread run =
        Thread.ofPlatform()
            .start(
                () ->
                    code.set(
                        Linkcheck.execute(
                            new String[] {"--format", "json", "a.md"},
                            new PrintWriter(out),
                            new PrintWriter(new StringWriter()),
                            env)));
    assertThat(out.reached.await(30, TimeUnit.SECONDS)).isTrue();

    AtomicBoolean fired = new AtomicBoolean();
    String[] whenFired = new String[1];
    Thread signal =
        Thread.ofPlatform()
            .start(
                () -> {
                  fired.set(interruption.fire());
                  whenFired[0] = out.text.toString();
                });
    // The handler must be waiting for the report, not gone: a handler that returned at once
    // would let the hook halt the process with the report half written.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (signal.getState() != Thread.State.TIMED_WAITING
        && signal.isAlive()
        && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    out.release.countDown();
    signal.join(TimeUnit.SECONDS.toMillis(30));
    run.join(TimeUnit.SECONDS.toMillis(30));

    assertThat(fired).isTrue();
    assertThat(new ObjectMapper().readTree(whenFired[0]).at("/summary/broken").asInt())
        .isEqualTo(1);
    assertThat(code.get()).isEqualTo(ExitCode.FAILURES);
  }
}
