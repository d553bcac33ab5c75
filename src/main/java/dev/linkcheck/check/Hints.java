package dev.linkcheck.check;

import java.net.URI;
import java.util.Optional;

/**
 * The one hint a failing or blocked result may carry: what the user can do about it, naming the
 * config-file key or flag that would help. Stateless.
 */
public final class Hints {

  /** What went wrong with a link, as far as a hint needs to know. */
  public sealed interface Trouble {
    URI uri();

    /** A bot protection answered. */
    record Walled(URI uri, BotWall wall) implements Trouble {}

    /** 429 to the end, with or without a GitHub token sent. */
    record RateLimited(URI uri, boolean tokenSent) implements Trouble {}

    /** No answer in time, {@code attempts} times. */
    record TimedOut(URI uri, int attempts) implements Trouble {}

    /** A status that is not accepted and no bot wall. */
    record Refused(URI uri, int code, boolean tokenSent) implements Trouble {}

    /** The server broke HTTP/2 (stream reset, GOAWAY, protocol error). */
    record Http2(URI uri) implements Trouble {}
  }

  private Hints() {}

  /** The hint for {@code trouble}; empty when there is nothing useful to say. */
  public static Optional<String> of(Trouble trouble) {
    String host =
        trouble.uri().getHost() == null ? "" : HostRules.normalize(trouble.uri().getHost());
    String table = "[hosts.\"" + host + "\"]";
    boolean github = GithubLinks.takesToken(host);
    return Optional.ofNullable(
        switch (trouble) {
          case Trouble.Walled w ->
              w.wall().status()
                  + " from a bot wall: add `"
                  + table
                  + " accept = ["
                  + w.wall().status()
                  + "]` if you trust it";
          case Trouble.RateLimited r when github && !r.tokenSent() ->
              "GitHub rate limit: set GITHUB_TOKEN";
          case Trouble.RateLimited r when github ->
              "GitHub rate limit even with a token: lower `"
                  + table
                  + " concurrency` or set its `request-interval`";
          case Trouble.RateLimited r ->
              "rate limited: set `"
                  + table
                  + " request-interval = \"1s\"` or lower its `concurrency`";
          case Trouble.TimedOut t ->
              "timed out "
                  + (t.attempts() == 1 ? "once" : t.attempts() + " times")
                  + ": raise `--timeout` or set `"
                  + table
                  + " timeout`";
          case Trouble.Refused r
              when r.code() == 404 && github && !r.tokenSent() && isRepo(r.uri()) ->
              "GitHub answers 404 for a private repository: set GITHUB_TOKEN if this one is private";
          case Trouble.Refused r when r.code() == 401 ->
              "401: the page wants a login; send one with `" + table + " headers` or exclude it";
          case Trouble.Refused r when r.code() == 403 ->
              "403: some servers refuse unknown clients; try `" + table + " user-agent`";
          case Trouble.Refused r -> null;
          case Trouble.Http2 h -> "the server broke HTTP/2: try `--http1.1`";
        });
  }

  /** A github.com path that names a repository: {@code /owner/repo} and anything under it. */
  private static boolean isRepo(URI uri) {
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    return HostRules.normalize(uri.getHost()).equals("github.com")
        && path.matches("/[^/]+/[^/]+(/.*)?");
  }
}
