package dev.linkcheck.check;

import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.UrlNormalizer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.ResponseInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
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
  private final AddressPolicy addresses;
  private final Duration retryAfterCap;
  private final Logger log;

  HttpProbe(
      HttpClient client,
      CheckOptions options,
      AddressPolicy addresses,
      Duration retryAfterCap,
      Logger log) {
    this.client = client;
    this.options = options;
    this.gates = new HostGates(options.hostConcurrency());
    this.inFlight = new Permits(options.maxConcurrency());
    this.addresses = addresses;
    this.retryAfterCap = retryAfterCap;
    this.log = log;
  }

  Outcome check(URI uri) throws InterruptedException {
    return check(uri, "HEAD", null);
  }

  /**
   * Like {@link #check(URI)}, but starting with {@code firstMethod} and reading each answer's body
   * with {@code bodies} (the fragment check's one streamed GET), within the same timeout; null
   * {@code bodies} reads none of a HEAD's body and the start of a GET's.
   */
  Outcome check(URI uri, String firstMethod, BodyHandler<Void> bodies) throws InterruptedException {
    HostGates.Gate home = gates.of(uri);
    home.register();
    try {
      return decide(uri, firstMethod, bodies);
    } finally {
      home.unregister();
    }
  }

  private Outcome decide(URI uri, String firstMethod, BodyHandler<Void> bodies)
      throws InterruptedException {
    int retriesLeft = options.maxRetries();
    Duration backoff = options.retryWait();
    String method = firstMethod;
    URI start = uri;
    List<String> earlierHops = List.of();
    boolean followUp = false;
    while (true) {
      Answer answer = follow(start, method, uri.getHost(), bodies, followUp);
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
          return new Outcome.Broken(new Outcome.Status(s.code()), hops);
        }
        case Answer.Failed f -> {
          Failure failure = f.failure();
          boolean retryable =
              failure.kind() == Failure.Kind.TIMEOUT || failure.kind() == Failure.Kind.TRANSIENT;
          if (retryable && retriesLeft > 0) {
            retriesLeft--;
            Thread.sleep(backoff);
            backoff = backoff.multipliedBy(2);
            continue;
          }
          return switch (failure.kind()) {
            case TIMEOUT -> new Outcome.Timeout(options.timeout());
            case TRANSIENT, PERMANENT -> new Outcome.Error(failure.message());
            case EXCLUDED -> new Outcome.Excluded(failure.message());
          };
        }
      }
    }
  }

  /** The pause before retrying a status; a 429 or Retry-After also pauses the whole host. */
  private Duration wait(Answer.Status s, Duration backoff, URI uri) {
    Duration wait = RetryAfter.parse(s.retryAfter(), Instant.now()).orElse(backoff);
    if (wait.compareTo(retryAfterCap) > 0) {
      wait = retryAfterCap;
    }
    if (s.retryAfter() != null || s.code() == 429) {
      gates.of(s.finalUri() == null ? uri : s.finalUri()).pause(wait);
    }
    return wait;
  }

  /** One request with its redirects followed; {@code linkHost} is the host the link names. */
  private Answer follow(
      URI uri, String method, String linkHost, BodyHandler<Void> bodies, boolean followUp)
      throws InterruptedException {
    List<String> hops = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    seen.add(uri.toString());
    URI current = uri;
    while (true) {
      Answer answer = send(current, method, hops, linkHost, bodies, followUp || !hops.isEmpty());
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
   * One HTTP exchange under the host's and the global limits, unless the address policy forbids the
   * host; checked at every hop, so a redirect cannot lead into a forbidden network either. A URL's
   * {@code followUp} requests go before the first requests of other URLs.
   */
  private Answer send(
      URI uri,
      String method,
      List<String> hops,
      String linkHost,
      BodyHandler<Void> bodies,
      boolean followUp)
      throws InterruptedException {
    Optional<String> refused = addresses.refusal(uri.getHost());
    if (refused.isPresent()) {
      String where = hops.isEmpty() ? "" : " (after a redirect to " + uri + ")";
      log.debug("{} {} -> {}", method, uri, refused.get());
      return new Answer.Failed(Failure.excluded(refused.get() + where), List.copyOf(hops));
    }
    HostGates.Gate gate = gates.of(uri);
    gate.enter(followUp);
    try {
      // The global limit passes the host with the most work left first: it sets the run's length.
      inFlight.acquire(followUp, gate.backlog());
      try {
        return exchange(uri, method, hops, linkHost, bodies);
      } finally {
        inFlight.release();
      }
    } finally {
      gate.leave();
    }
  }

  private Answer exchange(
      URI uri, String method, List<String> hops, String linkHost, BodyHandler<Void> bodies)
      throws InterruptedException {
    HttpRequest request;
    try {
      request = request(uri, method, linkHost);
    } catch (IllegalArgumentException e) {
      return new Answer.Failed(
          Failure.permanent("cannot request " + uri + ": " + e.getMessage()), hops);
    }
    long start = System.nanoTime();
    // GET reads the start of the body, so a body cut short or wrongly chunked is an error; the
    // one deadline covers connect, TLS, headers and that body read: no attempt outlives it.
    BodyHandler<Void> reader =
        bodies != null ? bodies : method.equals("GET") ? info -> new BodyPrefix() : NoBody.HEAD;
    AtomicReference<ResponseInfo> head = new AtomicReference<>();
    CompletableFuture<HttpResponse<Void>> future =
        client.sendAsync(
            request,
            info -> {
              head.set(info);
              return reader.apply(info);
            });
    try {
      HttpResponse<Void> response = future.get(options.timeout().toNanos(), TimeUnit.NANOSECONDS);
      log.debug(
          "{} {} -> {} ({} ms)",
          method,
          uri,
          response.statusCode(),
          (System.nanoTime() - start) / 1_000_000);
      return status(response.statusCode(), response.headers(), hops, uri);
    } catch (TimeoutException | ExecutionException e) {
      Failure failure =
          e instanceof ExecutionException
              ? Failure.of(e.getCause() == null ? e : e.getCause(), uri.getHost())
              : Failure.timeout();
      future.cancel(true);
      ResponseInfo seen = head.get();
      log.debug("{} {} -> {}", method, uri, failure.message());
      // A status that fails anyway (404, a redirect) stands, whatever became of its body.
      if (seen != null && !options.accept().accepts(seen.statusCode())) {
        return status(seen.statusCode(), seen.headers(), hops, uri);
      }
      return new Answer.Failed(failure, List.copyOf(hops));
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    }
  }

  private static Answer.Status status(int code, HttpHeaders headers, List<String> hops, URI uri) {
    return new Answer.Status(
        code,
        List.copyOf(hops),
        headers.firstValue("location").orElse(null),
        headers.firstValue("retry-after").orElse(null),
        uri);
  }

  private HttpRequest request(URI uri, String method, String linkHost) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(options.timeout())
            .method(method, HttpRequest.BodyPublishers.noBody())
            .header("User-Agent", options.userAgent())
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    for (Header header : options.headers()) {
      // Checked again at every hop: no header value follows a redirect to another host.
      if (header.appliesTo(uri.getHost(), linkHost)) {
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
