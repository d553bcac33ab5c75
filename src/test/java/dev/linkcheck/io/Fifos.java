package dev.linkcheck.io;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Special files for output tests, made in a test's own folder: a FIFO, and (as root, as in CI) a
 * character device with /dev/full's numbers, so no test ever writes to a device the machine uses.
 */
public final class Fifos {

  private Fifos() {}

  /** A FIFO at {@code path} (the test is skipped where mkfifo is missing). */
  public static Path fifo(Path path) throws IOException, InterruptedException {
    run("mkfifo", path.toString());
    return path;
  }

  /** Reads everything written into {@code fifo} until its writer closes it, on another thread. */
  public static CompletableFuture<String> readAll(Path fifo) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return new String(Files.readAllBytes(fifo), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** A character device at {@code path} that fails every write with ENOSPC, like /dev/full. */
  public static Path fullDevice(Path path) throws IOException, InterruptedException {
    run("mknod", path.toString(), "c", "1", "7");
    return path;
  }

  /** True when {@code path} itself (not a link's target) is neither a regular file nor a link. */
  public static boolean isSpecial(Path path) throws IOException {
    BasicFileAttributes a =
        Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    return a.isOther();
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeThat(e).as(command[0] + " is not available").isNull();
      throw e;
    }
    String said = new String(p.getInputStream().readAllBytes());
    assumeThat(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0)
        .as(command[0] + " failed (not root?): " + said)
        .isTrue();
  }
}
