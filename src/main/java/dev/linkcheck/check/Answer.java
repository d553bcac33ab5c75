package dev.linkcheck.check;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;

/**
 * What one request, with its redirects followed, came to: a final HTTP status with the hops taken,
 * or a failure. Immutable.
 */
sealed interface Answer {

  List<String> hops();

  /**
   * An HTTP answer from {@code finalUri}; {@code location} is the raw header value or null, {@code
   * headers} all of them (rate limits are read from them).
   */
  record Status(int code, List<String> hops, String location, HttpHeaders headers, URI finalUri)
      implements Answer {}

  /** No usable HTTP answer. */
  record Failed(Failure failure, List<String> hops) implements Answer {}
}
