package dev.linkcheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Polls a running process's peak resident set (VmHWM) and CPU time (utime + stime) from Linux's
 * /proc; the last values read before the process ends are its figures (CPU of the final few
 * milliseconds may be missed). Zero where /proc is absent. Not thread-safe: one poller.
 */
final class ProcessStats {

  /** Linux's USER_HZ, the unit of utime and stime, is 100 on every mainstream architecture. */
  private static final double TICKS_PER_SECOND = 100.0;

  private final long pid;
  private long peakRssKb;
  private long cpuTicks;

  ProcessStats(long pid) {
    this.pid = pid;
  }

  void poll() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          peakRssKb = Math.max(peakRssKb, Long.parseLong(line.replaceAll("[^0-9]", "")));
        }
      }
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // Fields after the command name, which is in parentheses and may hold spaces.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      cpuTicks = Math.max(cpuTicks, Long.parseLong(f[11]) + Long.parseLong(f[12]));
    } catch (IOException | RuntimeException e) {
      // the process has just ended, or there is no /proc: keep the last values
    }
  }

  long peakRssKb() {
    return peakRssKb;
  }

  double cpuSeconds() {
    return cpuTicks / TICKS_PER_SECOND;
  }
}
