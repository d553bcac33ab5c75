package dev.linkcheck.check;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

/**
 * The headers of one request, decided by that request's own host at every hop, so that no value
 * follows a redirect to another host: the User-Agent (the host's rule's, else the run's), {@code
 * --header}s that apply, the host's rule's headers (replacing a {@code --header} of the same name),
 * and the GitHub token as {@code Authorization: Bearer} to GitHub's own hosts over https only,
 * unless an {@code Authorization} header is set already. Never logs a value. Thread-safe.
 */
final class RequestHeaders {

  private static final String ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

  private final CheckOptions options;
  private final HostSettings hosts;

  RequestHeaders(CheckOptions options, HostSettings hosts) {
    this.options = options;
    this.hosts = hosts;
  }

  void addTo(HttpRequest.Builder b, Attempt attempt) {
    URI uri = attempt.uri();
    String host = uri.getHost();
    b.header("User-Agent", hosts.userAgent(uri)).header("Accept", ACCEPT);
    boolean authorized = false;
    for (Header header : options.headers()) {
      if (header.appliesTo(host, attempt.linkHost())) {
        b.header(header.name(), header.value());
        authorized |= header.name().equalsIgnoreCase("Authorization");
      }
    }
    for (Map.Entry<String, String> header : hosts.headers(uri).entrySet()) {
      b.setHeader(header.getKey(), header.getValue());
      authorized |= header.getKey().equalsIgnoreCase("Authorization");
    }
    if (!authorized && takesToken(uri)) {
      b.setHeader("Authorization", "Bearer " + options.githubToken());
    }
  }

  /** Over https only: a plain-http request to github.com would show the token to the network. */
  private boolean takesToken(URI uri) {
    return options.githubToken() != null
        && "https".equalsIgnoreCase(uri.getScheme())
        && GithubLinks.takesToken(uri.getHost());
  }
}
