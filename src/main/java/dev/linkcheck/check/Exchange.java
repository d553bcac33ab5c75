package dev.linkcheck.check;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.ResponseInfo;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;

/**
 * Sends one request of an {@link Attempt} and reads its answer within the timeout of the request's
 * host ({@code --timeout} unless its {@link HostRule} says otherwise): one deadline covers connect,
 * TLS, headers and the body read, so no attempt outlives it. Knows nothing of limits, redirects or
 * retries. Thread-safe.
 */
final class Exchange {

  private final HttpClient client;
  private final CheckOptions options;
  private final HostSettings hosts;
  private final RequestHeaders headers;
  private final Logger log;

  Exchange(HttpClient client, CheckOptions options, Logger log) {
    this.client = client;
    this.options = options;
    this.hosts = new HostSettings(options);
    this.headers = new RequestHeaders(options, hosts);
    this.log = log;
  }

  Answer send(Attempt attempt) throws InterruptedException {
    URI uri = attempt.uri();
    HttpRequest request;
    try {
      request = request(attempt);
    } catch (IllegalArgumentException e) {
      return new Answer.Failed(
          Failure.permanent("cannot request " + uri + ": " + e.getMessage()), attempt.hops());
    }
    long start = System.nanoTime();
    BodyHandler<Void> reader = attempt.bodyReader();
    AtomicReference<ResponseInfo> head = new AtomicReference<>();
    CompletableFuture<HttpResponse<Void>> future =
        client.sendAsync(
            request,
            info -> {
              head.set(info);
              return reader.apply(info);
            });
    try {
      HttpResponse<Void> response = future.get(hosts.timeout(uri).toNanos(), TimeUnit.NANOSECONDS);
      log.debug(
          "{} {} -> {} ({} ms)",
          attempt.method(),
          uri,
          response.statusCode(),
          (System.nanoTime() - start) / 1_000_000);
      return status(response.statusCode(), response.headers(), attempt);
    } catch (TimeoutException | ExecutionException e) {
      Failure failure =
          e instanceof ExecutionException
              ? Failure.of(e.getCause() == null ? e : e.getCause(), uri.getHost())
              : Failure.timeout();
      future.cancel(true);
      ResponseInfo seen = head.get();
      log.debug("{} {} -> {}", attempt.method(), uri, failure.message());
      // A status that fails anyway (404, a redirect) stands, whatever became of its body.
      if (seen != null && !hosts.accepts(uri, seen.statusCode())) {
        return status(seen.statusCode(), seen.headers(), attempt);
      }
      return new Answer.Failed(failure, attempt.hops());
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    }
  }

  private static Answer.Status status(int code, HttpHeaders headers, Attempt attempt) {
    return new Answer.Status(
        code, attempt.hops(), headers.firstValue("location").orElse(null), headers, attempt.uri());
  }

  private HttpRequest request(Attempt attempt) {
    URI uri = attempt.uri();
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(hosts.timeout(uri))
            // HTTP/2 over TLS where the server offers it (ALPN); plain http stays HTTP/1.1, with
            // no h2c upgrade that some servers mishandle.
            .version(
                "https".equalsIgnoreCase(uri.getScheme())
                    ? HttpClient.Version.HTTP_2
                    : HttpClient.Version.HTTP_1_1)
            .method(attempt.method().name(), HttpRequest.BodyPublishers.noBody());
    // Decided again at every hop: no header value follows a redirect to another host.
    headers.addTo(b, attempt);
    return b.build();
  }
}
