package dev.linkcheck.bench;

/**
 * How the benchmark's network behaves: the scheme, how many host latencies a new connection costs
 * before its first answer (0 on bare loopback, 1 for TCP's handshake, 2 for TCP plus TLS 1.3), and
 * whether the server offers HTTP/2 through ALPN (else it speaks HTTP/1.1 only). Immutable.
 */
record Network(boolean tls, int setupRoundTrips, boolean offersHttp2) {

  /** Loopback as it is: a connection costs nothing (the presets measured before issue 12). */
  static final Network LOOPBACK = new Network(false, 0, false);

  /** Plain http on a real network: the TCP handshake costs one round trip. */
  static final Network HTTP = new Network(false, 1, false);

  /** https, HTTP/1.1 only: TCP and TLS 1.3 handshakes cost two round trips. */
  static final Network HTTPS = new Network(true, 2, false);

  /** https where the server offers HTTP/2 (and HTTP/1.1) through ALPN, two round trips. */
  static final Network HTTPS_H2 = new Network(true, 2, true);

  Network {
    if (offersHttp2 && !tls) {
      throw new IllegalArgumentException("HTTP/2 is offered over TLS only (no h2c)");
    }
  }

  String scheme() {
    return tls ? "https" : "http";
  }

  String describe() {
    return scheme()
        + (offersHttp2 ? " (server offers h2 and http/1.1 by ALPN)" : " (HTTP/1.1 only)")
        + ", a new connection's first answer held "
        + setupRoundTrips
        + " extra host latencies";
  }
}
