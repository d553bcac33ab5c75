package dev.linkcheck.bench;

import java.time.Duration;

/**
 * One benchmark host: a loopback address (all share the server's port), the latency of each of its
 * answers, and whether anything listens there. Immutable.
 */
record Host(int index, String address, Duration latency, boolean live) {

  /** 127.77.x.y: clear of 127.0.0.1, where the test suite's own servers listen. */
  static String address(int index) {
    return "127.77." + (index / 254) + "." + (index % 254 + 1);
  }
}
