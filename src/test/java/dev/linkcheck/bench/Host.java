package dev.linkcheck.bench;

import java.time.Duration;

/**
 * One benchmark host: its name (resolved to its loopback address through the benchmark's hosts
 * file, never by DNS), the address (all hosts share the server's port), the latency of each of its
 * answers, and whether anything listens there. Immutable.
 */
record Host(int index, String name, String address, Duration latency, boolean live) {

  /** The zone of every host name; the TLS certificate holds {@code *.bench.test}. */
  static final String DOMAIN = "bench.test";

  static Host of(int index, Duration latency, boolean live) {
    return new Host(index, name(index), address(index), latency, live);
  }

  /** h0.bench.test, h1.bench.test, ...: .test is reserved (RFC 6761), so never a real name. */
  static String name(int index) {
    return "h" + index + "." + DOMAIN;
  }

  /** 127.77.x.y: clear of 127.0.0.1, where the test suite's own servers listen. */
  static String address(int index) {
    return "127.77." + (index / 254) + "." + (index % 254 + 1);
  }
}
