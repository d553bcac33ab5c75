package dev.linkcheck.check;

import java.net.URI;
import java.util.List;

/**
 * What one request, with its redirects followed, came to: a final HTTP status with the hops taken,
 * or a failure. Immutable.
 */
sealed interface Answer {

  List<String> hops();

  /** An HTTP answer; {@code location} and {@code retryAfter} are raw header values or null. */
  record Status(int code, List<String> hops, String location, String retryAfter, URI finalUri)
      implements Answer {}

  /** No usable HTTP answer. */
  record Failed(Failure failure, List<String> hops) implements Answer {}
}
