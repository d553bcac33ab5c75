package dev.linkcheck.check;

import dev.linkcheck.model.Hint;
import dev.linkcheck.model.Outcome;
import java.net.URI;

/**
 * What {@link HttpProbe} decided for one URL: the {@code outcome} and the one {@code hint}
 * (nullable) a failing or blocked outcome may carry. Immutable.
 */
record Verdict(Outcome outcome, Hint hint) {

  /**
   * The verdict of {@code answer}, the one that stands, whose outcome is {@code outcome}; {@code
   * uri} is where the attempt that got it started and {@code timeouts} how many of the URL's
   * attempts timed out.
   */
  static Verdict of(Answer answer, Outcome outcome, URI uri, int timeouts, CheckOptions options) {
    Hints.Trouble trouble =
        switch (answer) {
          // A 2xx wall stands whatever is accepted (see Exchange): accepting it cannot help.
          case Answer.Walled w when w.wall().status() < 300 -> null;
          case Answer.Walled w -> new Hints.Trouble.Walled(w.finalUri(), w.wall());
          case Answer.Status s when !outcome.isFailure() -> null;
          case Answer.Status s when s.code() == 429 ->
              new Hints.Trouble.RateLimited(s.finalUri(), tokenSent(s.finalUri(), options));
          case Answer.Status s ->
              new Hints.Trouble.Refused(s.finalUri(), s.code(), tokenSent(s.finalUri(), options));
          case Answer.Failed f when f.http2() -> new Hints.Trouble.Http2(uri);
          case Answer.Failed f when f.failure().kind() == Failure.Kind.TIMEOUT ->
              new Hints.Trouble.TimedOut(uri, Math.max(1, timeouts));
          case Answer.Failed f -> null;
        };
    return new Verdict(outcome, trouble == null ? null : Hints.of(trouble).orElse(null));
  }

  /**
   * A fragment's verdict, {@code decided} from this page verdict: the page's hint goes with it when
   * it is the page's own outcome (a failed or blocked page fails its fragments alike).
   */
  Verdict sharing(Outcome decided) {
    return new Verdict(decided, decided == outcome ? hint : null);
  }

  /** Whether the run's GitHub token went with a request to {@code uri}'s host. */
  private static boolean tokenSent(URI uri, CheckOptions options) {
    return options.githubToken() != null && GithubLinks.takesToken(uri.getHost());
  }
}
