package dev.linkcheck.check;

import java.io.IOException;
import java.net.ProtocolException;
import java.util.List;

/**
 * Tells a failure of HTTP/2 itself (a stream reset, a GOAWAY, a protocol error) from other
 * failures, by the exceptions and messages the JDK's HTTP/2 client raises for them, so that such a
 * request can be tried once more over HTTP/1.1 before it is a verdict. Stateless.
 */
public final class Http2Trouble {

  // Messages of jdk.internal.net.http.Stream and Http2Connection for what the peer did.
  private static final List<String> MARKERS =
      List.of(
          "rst_stream",
          "goaway",
          "not processed by peer",
          "unexpected frame",
          "flow control window");

  private Http2Trouble() {}

  /** True when {@code failure} or one of its causes is HTTP/2 trouble. */
  public static boolean is(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 10; t = t.getCause(), depth++) {
      if (t instanceof ProtocolException) {
        return true;
      }
      if (t instanceof IOException && t.getMessage() != null) {
        String m = t.getMessage().toLowerCase(java.util.Locale.ROOT);
        if (MARKERS.stream().anyMatch(m::contains)) {
          return true;
        }
      }
    }
    return false;
  }
}
