package dev.linkcheck.check;

import dev.linkcheck.model.Hint;
import java.net.URI;
import java.util.Optional;

/** Picks the one hint a failing or blocked result may carry from what went wrong. Stateless. */
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
  public static Optional<Hint> of(Trouble trouble) {
    String host =
        trouble.uri().getHost() == null ? "" : HostRules.normalize(trouble.uri().getHost());
    boolean github = GithubLinks.takesToken(host);
    return Optional.ofNullable(
        switch (trouble) {
          case Trouble.Walled w -> new Hint.AcceptWall(host, w.wall().status());
          case Trouble.RateLimited r when github -> new Hint.GithubRateLimit(r.tokenSent());
          case Trouble.RateLimited r -> new Hint.SlowDown(host);
          case Trouble.TimedOut t -> new Hint.RaiseTimeout(host, t.attempts());
          case Trouble.Refused r
              when r.code() == 404 && github && !r.tokenSent() && isRepo(r.uri()) ->
              new Hint.PrivateRepository();
          case Trouble.Refused r when r.code() == 401 -> new Hint.Login(host);
          case Trouble.Refused r when r.code() == 403 -> new Hint.UnknownClient(host);
          case Trouble.Refused r -> null;
          case Trouble.Http2 h -> new Hint.Http1();
        });
  }

  /** A github.com path that names a repository: {@code /owner/repo} and anything under it. */
  private static boolean isRepo(URI uri) {
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    return HostRules.normalize(uri.getHost()).equals("github.com")
        && path.matches("/[^/]+/[^/]+(/.*)?");
  }
}
