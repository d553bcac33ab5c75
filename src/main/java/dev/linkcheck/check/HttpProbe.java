package dev.linkcheck.check;

import dev.linkcheck.model.HttpStatusText;
import dev.linkcheck.model.Outcome;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;

/**
 * Decides one http(s) URL: HEAD, GET when HEAD's answer is not to be trusted, redirects followed
 * hop by hop, transient failures retried with backoff and {@code Retry-After}. Thread-safe.
 */
final class HttpProbe {

  private final HttpClient client;
  private final CheckOptions options;
  private final HostGates gates;
  private final Permits inFlight;
  private final Logger log;

  HttpProbe(HttpClient client, CheckOptions options, Logger log) {
    this.client = client;
    this.options = options;
    this.gates = new HostGates(options.hostConcurrency());
    this.inFlight = new Permits(options.maxConcurrency());
    this.log = log;
  }

  Outcome check(URI uri) throws InterruptedException {
    HostGates.Gate home = gates.of(uri);
    home.register();
    try {
      return decide(uri);
    } finally {
      home.unregister();
    }
  }

  private Outcome decide(URI uri) throws InterruptedException {
    int retriesLeft = options.maxRetries();
    Duration backoff = options.retryWait();
    String method = "HEAD";
    URI start = uri;
    List<String> earlierHops = List.of();
    boolean followUp = false;
    while (true) {
      Answer answer = follow(start, method, followUp);
      followUp = true;
      List<String> hops = concat(earlierHops, answer.hops());
      switch (answer) {
        case Answer.Status s -> {
          if (options.accept().accepts(s.code())) {
            return hops.isEmpty()
                ? new Outcome.Ok(s.code())
                : new Outcome.Redirected(s.code(), hops);
          }
          boolean transientOnHead =
              s.code() == 408
                  || s.code() == 429
                  || s.code() == 502
                  || s.code() == 503
                  || s.code() == 504;
          boolean transientStatus = s.code() == 408 || s.code() == 429 || s.code() >= 500;
          boolean retryable = method.equals("HEAD") ? transientOnHead : transientStatus;
          if (retryable && retriesLeft > 0) {
            Duration wait = wait(s, backoff, uri);
            retriesLeft--;
            backoff = backoff.multipliedBy(2);
            Thread.sleep(wait);
            continue;
          }
          if (method.equals("HEAD") && s.code() != 429) {
            // Many servers answer HEAD wrongly (403, 404, 405, 501): ask once more with GET,
            // from where the redirects led, keeping the hops already taken.
            method = "GET";
            start = s.finalUri();
            earlierHops = hops;
            continue;
          }
          return new Outcome.Broken(s.code(), HttpStatusText.of(s.code()), hops);
        }
        case Answer.Failed f -> {
          Failure failure = f.failure();
          if (failure.kind() != Failure.Kind.PERMANENT && retriesLeft > 0) {
            retriesLeft--;
            Thread.sleep(backoff);
            backoff = backoff.multipliedBy(2);
            continue;
          }
          return switch (failure.kind()) {
            case TIMEOUT ->
                new Outcome.Timeout("timeout after " + Seconds.format(options.timeout()));
            case TRANSIENT, PERMANENT -> new Outcome.Error(failure.message());
          };
        }
      }
    }
  }

  /** The pause before retrying a status; a 429 or Retry-After also pauses the whole host. */
  private Duration wait(Answer.Status s, Duration backoff, URI uri) {
    Duration wait = RetryAfter.parse(s.retryAfter(), Instant.now()).orElse(backoff);
    if (s.retryAfter() != null || s.code() == 429) {
      gates.of(s.finalUri() == null ? uri : s.finalUri()).pause(wait);
    }
    return wait;
  }

  /** One request with its redirects followed. */
  private Answer follow(URI uri, String method, boolean followUp) throws InterruptedException {
    List<String> hops = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    seen.add(uri.toString());
    URI current = uri;
    while (true) {
      Answer answer = send(current, method, hops, followUp || !hops.isEmpty());
      if (!(answer instanceof Answer.Status s) || !isRedirect(s.code())) {
        return answer;
      }
      String location = s.location();
      if (location == null) {
        return s;
      }
      URI next;
      try {
        next = current.resolve(UrlNormalizer.encode(location.strip()));
        next = UrlNormalizer.normalize(next.toString());
      } catch (IllegalArgumentException | UrlNormalizer.MalformedUrlException e) {
        return new Answer.Failed(
            Failure.permanent("redirect to a malformed Location: " + location), hops);
      }
      String scheme = next.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return new Answer.Failed(Failure.permanent("redirect to unsupported " + next), hops);
      }
      if (!seen.add(next.toString())) {
        hops.add(next.toString());
        return new Answer.Failed(Failure.permanent("redirect loop at " + next), hops);
      }
      if (hops.size() >= options.maxRedirects()) {
        return new Answer.Failed(
            Failure.permanent("too many redirects (more than " + options.maxRedirects() + ")"),
            hops);
      }
      hops.add(next.toString());
      current = next;
    }
  }

  private static boolean isRedirect(int code) {
    return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
  }

  /**
   * One HTTP exchange under the host's and the global limits, bounded by the timeout from send to
   * headers; a URL's {@code followUp} requests go before the first requests of other URLs.
   */
  private Answer send(URI uri, String method, List<String> hops, boolean followUp)
      throws InterruptedException {
    HostGates.Gate gate = gates.of(uri);
    gate.enter(followUp);
    try {
      // The global limit passes the host with the most work left first: it sets the run's length.
      inFlight.acquire(followUp, gate.backlog());
      try {
        return exchange(uri, method, hops);
      } finally {
        inFlight.release();
      }
    } finally {
      gate.leave();
    }
  }

  private Answer exchange(URI uri, String method, List<String> hops) throws InterruptedException {
    HttpRequest request;
    try {
      request = request(uri, method);
    } catch (IllegalArgumentException e) {
      return new Answer.Failed(
          Failure.permanent("cannot request " + uri + ": " + e.getMessage()), hops);
    }
    long start = System.nanoTime();
    CompletableFuture<HttpResponse<Void>> future =
        client.sendAsync(request, NoBody.forMethod(method));
    try {
      HttpResponse<Void> response = future.get(options.timeout().toNanos(), TimeUnit.NANOSECONDS);
      int code = response.statusCode();
      log.debug("{} {} -> {} ({} ms)", method, uri, code, (System.nanoTime() - start) / 1_000_000);
      return new Answer.Status(
          code,
          List.copyOf(hops),
          response.headers().firstValue("location").orElse(null),
          response.headers().firstValue("retry-after").orElse(null),
          uri);
    } catch (TimeoutException e) {
      future.cancel(true);
      log.debug("{} {} -> timeout", method, uri);
      return new Answer.Failed(Failure.timeout(), List.copyOf(hops));
    } catch (ExecutionException e) {
      Failure failure = Failure.of(e.getCause() == null ? e : e.getCause(), uri.getHost());
      log.debug("{} {} -> {}", method, uri, failure.message());
      return new Answer.Failed(failure, List.copyOf(hops));
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    }
  }

  private HttpRequest request(URI uri, String method) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(options.timeout())
            .method(method, HttpRequest.BodyPublishers.noBody())
            .header("User-Agent", options.userAgent())
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    for (Header header : options.headers()) {
      // Scoped headers go to their host only, checked again at every hop of a redirect.
      if (header.appliesTo(uri.getHost())) {
        b.header(header.name(), header.value());
      }
    }
    return b.build();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    if (a.isEmpty()) {
      return b;
    }
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
