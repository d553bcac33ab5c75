package dev.linkcheck.bench;

import java.io.IOException;
import java.util.List;

/**
 * A running benchmark server: every live host on one port, answering through a {@link Responder}
 * whose counters it shares. {@link #close} stops it.
 */
interface BenchServer extends AutoCloseable {

  int port();

  Responder responder();

  @Override
  void close();

  /**
   * Starts the server {@code network} calls for: HTTP/1.1 by hand (plain or TLS), or Jetty over TLS
   * where HTTP/2 is offered; {@code tls} holds the server's key (null for plain http).
   */
  static BenchServer start(List<Host> hosts, Network network, Tls tls) throws IOException {
    if (network.offersHttp2()) {
      return JettyServer.start(hosts, network, tls);
    }
    return LoopbackServer.start(hosts, network, network.tls() ? tls : null);
  }
}
