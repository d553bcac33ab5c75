package dev.linkcheck.check;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;

/**
 * What one request, with its redirects followed, came to: a final HTTP status with the hops taken,
 * a bot wall that answered in place of the page, or a failure. Immutable.
 */
sealed interface Answer {

  List<String> hops();

  /**
   * An HTTP answer from {@code finalUri}; {@code location} is the raw header value or null, {@code
   * headers} all of them (rate limits are read from them).
   */
  record Status(int code, List<String> hops, String location, HttpHeaders headers, URI finalUri)
      implements Answer {}

  /**
   * A bot protection answered at {@code finalUri} with {@code headers}: recognised before the
   * status is judged, never retried and never asked again with GET (its status is in {@code wall}).
   */
  record Walled(BotWall wall, List<String> hops, HttpHeaders headers, URI finalUri)
      implements Answer {}

  /**
   * No usable HTTP answer; {@code http2} marks a request that HTTP/2 trouble sent to HTTP/1.1,
   * which failed as well.
   */
  record Failed(Failure failure, List<String> hops, boolean http2) implements Answer {
    Failed(Failure failure, List<String> hops) {
      this(failure, hops, false);
    }
  }
}
