package dev.linkcheck.report;

import dev.linkcheck.model.Hint;

/** Words a {@link Hint}: what to do, naming the config-file key or flag. Stateless. */
public final class HintText {

  private HintText() {}

  public static String of(Hint hint) {
    return switch (hint) {
      case Hint.AcceptWall w ->
          w.code()
              + " from a bot wall: add `"
              + table(w.host())
              + " accept = ["
              + w.code()
              + "]` if you trust it";
      case Hint.GithubRateLimit g when g.tokenSent() ->
          "GitHub rate limit even with a token: lower `"
              + table("github.com")
              + " concurrency` or set its `request-interval`";
      case Hint.GithubRateLimit g -> "GitHub rate limit: set GITHUB_TOKEN";
      case Hint.SlowDown s ->
          "rate limited: set `"
              + table(s.host())
              + " request-interval = \"1s\"` or lower its `concurrency`";
      case Hint.RaiseTimeout t ->
          "timed out "
              + (t.attempts() == 1 ? "once" : t.attempts() + " times")
              + ": raise `--timeout` or set `"
              + table(t.host())
              + " timeout`";
      case Hint.PrivateRepository p ->
          "GitHub answers 404 for a private repository: set GITHUB_TOKEN if this one is private";
      case Hint.Login l ->
          "401: the page wants a login; send one with `"
              + table(l.host())
              + " headers` or exclude it";
      case Hint.UnknownClient u ->
          "403: some servers refuse unknown clients; try `" + table(u.host()) + " user-agent`";
      case Hint.Http1 h -> "the server broke HTTP/2: try `--http1.1`";
    };
  }

  private static String table(String host) {
    return "[hosts.\"" + host + "\"]";
  }
}
