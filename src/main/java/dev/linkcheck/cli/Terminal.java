package dev.linkcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells whether a standard stream is a terminal. Stateless. */
final class Terminal {

  private Terminal() {}

  /**
   * True when file descriptor {@code fd} (0 = stdin, 1 = stdout, 2 = stderr) is a terminal. Java
   * has no portable per-stream test, so Linux's /proc is read; elsewhere {@code System.console()}
   * stands in for both streams.
   */
  static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      String target = Files.readSymbolicLink(link).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }
}
