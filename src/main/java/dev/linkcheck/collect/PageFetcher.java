package dev.linkcheck.collect;

import dev.linkcheck.model.DocumentType;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one page given as an input by URL (redirects followed, at most {@link #MAX_BYTES}): its
 * bytes, final URL and the type its {@code Content-Type} or name gives it. One page, never a crawl;
 * the whole fetch is bounded by the timeout. Stateless and thread-safe.
 */
final class PageFetcher {

  /** A fetched page: where it ended up after redirects, how to parse it, and its bytes. */
  record Page(URI finalUrl, DocumentType type, byte[] bytes) {}

  /** A page that could not be fetched; the message says why in words. */
  static final class FetchException extends Exception {
    FetchException(String message) {
      super(message);
    }
  }

  static final int MAX_BYTES = 10 << 20;

  private final Duration timeout;
  private final String userAgent;

  PageFetcher(Duration timeout, String userAgent) {
    this.timeout = timeout;
    this.userAgent = userAgent;
  }

  Page fetch(URI url) throws FetchException {
    try (HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build()) {
      HttpRequest request =
          HttpRequest.newBuilder(url)
              .timeout(timeout)
              .header("User-Agent", userAgent)
              .header("Accept", "text/html, text/markdown;q=0.9, text/plain;q=0.8, */*;q=0.1")
              .GET()
              .build();
      CompletableFuture<Page> page =
          client
              .sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
              .thenApplyAsync(PageFetcher::read, r -> Thread.ofVirtual().start(r));
      try {
        // The body read too, not only the headers, ends within the timeout.
        return page.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        client.shutdownNow();
        throw new FetchException("timeout after " + seconds(timeout));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        client.shutdownNow();
        throw new FetchException("interrupted");
      } catch (ExecutionException e) {
        if (e.getCause() instanceof HttpTimeoutException
            && !(e.getCause() instanceof HttpConnectTimeoutException)) {
          throw new FetchException("timeout after " + seconds(timeout));
        }
        throw new FetchException(reason(e.getCause()));
      }
    } catch (IllegalArgumentException e) {
      throw new FetchException("malformed URL: " + e.getMessage());
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0
        ? d.toSeconds() + "s"
        : String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
  }

  private static Page read(HttpResponse<InputStream> response) {
    try (InputStream in = response.body()) {
      int status = response.statusCode();
      if (status < 200 || status > 299) {
        throw new PageException("HTTP " + status);
      }
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new PageException("larger than " + (MAX_BYTES >> 20) + " MiB");
      }
      return new Page(response.uri(), type(response), bytes);
    } catch (IOException e) {
      throw new PageException(reason(e));
    }
  }

  /** The type a Content-Type gives; a generic one (text/plain, octet-stream) defers to the name. */
  private static DocumentType type(HttpResponse<?> response) {
    String contentType =
        response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    String essence = contentType.split(";", 2)[0].strip();
    return switch (essence) {
      case "text/html", "application/xhtml+xml" -> DocumentType.HTML;
      case "text/markdown", "text/x-markdown" -> DocumentType.MARKDOWN;
      default -> {
        String path = response.uri().getPath() == null ? "" : response.uri().getPath();
        DocumentType byName = DocumentType.ofFileName(path);
        // A page with no telling name and no telling type is most likely HTML.
        yield byName == DocumentType.TEXT && essence.isEmpty() ? DocumentType.HTML : byName;
      }
    };
  }

  private static String reason(Throwable e) {
    if (e instanceof PageException p) {
      return p.getMessage();
    }
    if (e instanceof HttpConnectTimeoutException) {
      return "connect timeout";
    }
    if (e instanceof java.net.ConnectException) {
      return "connection refused";
    }
    if (e instanceof java.nio.channels.UnresolvedAddressException
        || e instanceof java.net.UnknownHostException) {
      return "unknown host";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** Carries a failure out of the body read. */
  private static final class PageException extends RuntimeException {
    PageException(String message) {
      super(message, null, false, false);
    }
  }
}
