package dev.linkcheck.check;

import java.net.URI;
import java.net.http.HttpResponse.BodyHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * One request of a URL's check: where it goes ({@code uri}), with which {@code method}, the host
 * the link itself names ({@code linkHost}: scoped headers follow it, not the redirects), how the
 * answer's body is read ({@code bodies}, null for the method's own reader), whether it is a
 * follow-up (anything after the URL's first request, served before other URLs' first requests), and
 * the redirect {@code hops} this attempt has taken to reach {@code uri}. Immutable.
 */
record Attempt(
    URI uri,
    Method method,
    String linkHost,
    BodyHandler<Void> bodies,
    boolean followUp,
    List<String> hops) {

  Attempt {
    hops = List.copyOf(hops);
  }

  /** A URL's first request. */
  static Attempt first(URI uri, Method method, BodyHandler<Void> bodies) {
    return new Attempt(uri, method, uri.getHost(), bodies, false, List.of());
  }

  /** The reader of this request's answer body. */
  BodyHandler<Void> bodyReader() {
    return bodies != null ? bodies : method.defaultBodies();
  }

  /** The next hop of this attempt's redirect chain. */
  Attempt redirectedTo(URI next) {
    List<String> longer = new ArrayList<>(hops);
    longer.add(next.toString());
    return new Attempt(next, method, linkHost, bodies, true, longer);
  }

  /** This attempt from its start once more; {@code followUp} says where it queues. */
  Attempt again(boolean followUp) {
    return new Attempt(uri, method, linkHost, bodies, followUp, List.of());
  }

  /** A {@code GET} from {@code start}, where an earlier attempt's redirects led. */
  Attempt getFrom(URI start) {
    return new Attempt(start, Method.GET, linkHost, bodies, true, List.of());
  }
}
