package dev.linkcheck.check;

import java.net.URI;
import java.net.http.HttpResponse.BodyHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One request of a URL's check: where it goes ({@code uri}), with which {@code method}, the host
 * the link itself names ({@code linkHost}: scoped headers follow it, not the redirects), how the
 * answer's body is read ({@code bodies}, null for the method's own reader), whether it is a
 * follow-up (anything after the URL's first request, served before other URLs' first requests), the
 * redirect {@code hops} this attempt has taken to reach {@code uri}, and its {@code timeout} (null
 * for its host's; a timeout's retry has its own, see {@link RetryTimeouts}). Immutable.
 */
record Attempt(
    URI uri,
    Method method,
    String linkHost,
    BodyHandler<Void> bodies,
    boolean followUp,
    List<String> hops,
    Duration timeout) {

  Attempt {
    hops = List.copyOf(hops);
  }

  /** A URL's first request. */
  static Attempt first(URI uri, Method method, BodyHandler<Void> bodies) {
    return new Attempt(uri, method, uri.getHost(), bodies, false, List.of(), null);
  }

  /** The reader of this request's answer body. */
  BodyHandler<Void> bodyReader() {
    return bodies != null ? bodies : method.defaultBodies();
  }

  /** The next hop of this attempt's redirect chain. */
  Attempt redirectedTo(URI next) {
    List<String> longer = new ArrayList<>(hops);
    longer.add(next.toString());
    return new Attempt(next, method, linkHost, bodies, true, longer, timeout);
  }

  /** This attempt from its start once more; {@code followUp} says where it queues. */
  Attempt again(boolean followUp) {
    return new Attempt(uri, method, linkHost, bodies, followUp, List.of(), timeout);
  }

  /** This attempt from its start once more, queued behind first requests, within {@code limit}. */
  Attempt afterTimeout(Duration limit) {
    return new Attempt(uri, method, linkHost, bodies, false, List.of(), limit);
  }

  /**
   * A {@code GET} from {@code start}, where an earlier attempt's redirects led, with its host's
   * whole timeout: a body may take longer than the status a retry was timed by.
   */
  Attempt getFrom(URI start) {
    return new Attempt(start, Method.GET, linkHost, bodies, true, List.of(), null);
  }
}
