package dev.linkcheck.check;

import dev.linkcheck.model.Barrier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;

/**
 * Sends one request of an {@link Attempt} and reads its answer within the attempt's own timeout (a
 * timeout's retry) or that of the request's host ({@code --timeout} unless its {@link HostRule}
 * says otherwise): one deadline covers connect, TLS, headers and the body read, so no attempt
 * outlives it (the one HTTP/1.1 try after HTTP/2 trouble has a deadline of its own). Recognises bot
 * walls. Knows nothing of limits, redirects or retries. Thread-safe.
 */
final class Exchange {

  private final HttpClient client;
  private final CheckOptions options;
  private final HostSettings hosts;
  private final RequestHeaders headers;
  private final Logger log;
  // Hosts whose HTTP/2 broke and whose HTTP/1.1 then answered: spoken to over HTTP/1.1 from then
  // on, instead of failing once more over HTTP/2 for each of their URLs.
  private final Set<String> http1Hosts = ConcurrentHashMap.newKeySet();
  // URLs whose HTTP/1.1 try failed as well: their retries do not try it again, so that one try of
  // a URL sends at most one request beyond what --max-retries counts.
  private final Set<URI> triedHttp1 = ConcurrentHashMap.newKeySet();

  /** {@code hosts} is the probe's own, so each host's rule is looked up once per run. */
  Exchange(HttpClient client, CheckOptions options, HostSettings hosts, Logger log) {
    this.client = client;
    this.options = options;
    this.hosts = hosts;
    this.headers = new RequestHeaders(options, hosts);
    this.log = log;
  }

  /**
   * One request; over HTTP/2 (https, unless {@code --http1.1}) a failure of HTTP/2 itself is tried
   * once more over HTTP/1.1 at once, outside the retry budget: a server that breaks HTTP/2 often
   * serves HTTP/1.1 well.
   */
  Answer send(Attempt attempt) throws InterruptedException {
    URI uri = attempt.uri();
    String host = HostGates.key(uri);
    boolean h2 =
        !options.http1Only()
            && "https".equalsIgnoreCase(uri.getScheme())
            && !http1Hosts.contains(host);
    Answer answer = send(attempt, h2 ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1);
    if (!(answer instanceof Answer.Failed first && first.http2()) || triedHttp1.contains(uri)) {
      return answer;
    }
    log.debug("{} {}: HTTP/2 failed; once more over HTTP/1.1", attempt.method(), uri);
    Answer again = send(attempt, HttpClient.Version.HTTP_1_1);
    if (!(again instanceof Answer.Failed f)) {
      http1Hosts.add(host);
      return again;
    }
    triedHttp1.add(uri);
    // The same failure over HTTP/1.1 was not HTTP/2's doing: no HTTP/2 hint then.
    return new Answer.Failed(f.failure(), f.hops(), !f.failure().equals(first.failure()));
  }

  private Answer send(Attempt attempt, HttpClient.Version version) throws InterruptedException {
    URI uri = attempt.uri();
    HttpRequest request;
    try {
      request = request(attempt, version);
    } catch (IllegalArgumentException e) {
      return new Answer.Failed(
          Failure.permanent("cannot request " + uri + ": " + e.getMessage()), attempt.hops());
    }
    long start = System.nanoTime();
    BodyHandler<Void> reader = attempt.bodyReader();
    AtomicReference<ResponseInfo> head = new AtomicReference<>();
    AtomicReference<BodySubscriber<Void>> body = new AtomicReference<>();
    CompletableFuture<HttpResponse<Void>> future =
        client.sendAsync(
            request,
            info -> {
              head.set(info);
              body.set(reader.apply(info));
              return body.get();
            });
    try {
      HttpResponse<Void> response = future.get(timeout(attempt).toNanos(), TimeUnit.NANOSECONDS);
      log.debug(
          "{} {} -> {} ({} ms)",
          attempt.method(),
          uri,
          response.statusCode(),
          (System.nanoTime() - start) / 1_000_000);
      return answer(response.statusCode(), response.headers(), body.get(), attempt);
    } catch (TimeoutException | ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      Failure failure =
          e instanceof ExecutionException ? Failure.of(cause, uri.getHost()) : Failure.timeout();
      future.cancel(true);
      ResponseInfo seen = head.get();
      log.debug("{} {} -> {}", attempt.method(), uri, failure.message());
      // A wall, or a status that fails anyway (404, a redirect), stands, whatever became of its
      // body.
      if (seen != null) {
        Answer answer = answer(seen.statusCode(), seen.headers(), body.get(), attempt);
        if (answer instanceof Answer.Walled || !hosts.accepts(uri, seen.statusCode())) {
          return answer;
        }
      }
      boolean http2 =
          version == HttpClient.Version.HTTP_2
              && e instanceof ExecutionException
              && Http2Trouble.is(cause);
      return new Answer.Failed(failure, attempt.hops(), http2);
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    } finally {
      if (body.get() instanceof BodyPrefix prefix) {
        prefix.abandon();
      }
    }
  }

  /**
   * The answer to {@code attempt}: a bot wall if its status, headers and body start (a GET's, as
   * {@link BodyStart} kept it; none for HEAD) show one, asked before the status is judged, else the
   * status.
   */
  private Answer answer(int code, HttpHeaders headers, BodySubscriber<Void> body, Attempt attempt) {
    String start = body instanceof BodyStart.Kept kept ? kept.start() : null;
    Optional<BotWall> wall =
        BotWall.classify(code, headers, start)
            // A 2xx answer is a wall only when it challenges (AWS WAF's 202, Anubis): a page that
            // merely names a firewall is no block. An accepted status beyond 2xx is the user's
            // word (`accept = [403]`) and beats the wall.
            .filter(
                w ->
                    code < 300
                        ? w.barrier() != Barrier.BLOCK
                        : !hosts.accepts(attempt.uri(), code));
    if (wall.isPresent()) {
      log.debug(
          "{} {}: a bot wall answered: {} {}",
          attempt.method(),
          attempt.uri(),
          wall.get().protection().displayName(),
          wall.get().barrier().name().toLowerCase(Locale.ROOT));
      return new Answer.Walled(wall.get(), attempt.hops(), headers, attempt.uri());
    }
    return new Answer.Status(
        code, attempt.hops(), headers.firstValue("location").orElse(null), headers, attempt.uri());
  }

  /** The attempt's own timeout (a timeout's retry), else its host's. */
  private Duration timeout(Attempt attempt) {
    return attempt.timeout() != null ? attempt.timeout() : hosts.timeout(attempt.uri());
  }

  private HttpRequest request(Attempt attempt, HttpClient.Version version) {
    URI uri = attempt.uri();
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(timeout(attempt))
            // HTTP/2 over TLS where the server offers it (ALPN); plain http stays HTTP/1.1, with
            // no h2c upgrade that some servers mishandle. HTTP/1.1 offers no h2 in ALPN.
            .version(version)
            .method(attempt.method().name(), HttpRequest.BodyPublishers.noBody());
    // Decided again at every hop: no header value follows a redirect to another host.
    headers.addTo(b, attempt);
    return b.build();
  }
}
