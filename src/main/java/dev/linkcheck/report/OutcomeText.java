package dev.linkcheck.report;

import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.HttpStatusText;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.SkipReason;

/**
 * The human-readable and JSON fields derived from a result's outcome: every verdict's wording lives
 * here. Stateless.
 */
final class OutcomeText {

  private OutcomeText() {}

  /** The short verdict a text report shows, e.g. {@code 404 Not Found}. */
  static String verdict(CheckResult result) {
    return verdict(result.url(), result.outcome());
  }

  /**
   * The verdict led by its contract name ({@code ok 200 OK}, {@code broken 404 Not Found}), for
   * text without colour: there the word, not green or red, says which way it went, and a {@code
   * grep} for {@code broken} finds every broken link.
   */
  static String labelled(CheckResult result) {
    String verdict = verdict(result);
    return switch (result.outcome()) {
      case Outcome.Ok o -> o.code() == null ? verdict : "ok " + verdict;
      case Outcome.Redirected r -> "redirected " + verdict;
      case Outcome.Broken b -> "broken " + verdict;
      // These verdicts begin with their contract name already.
      case Outcome.Blocked b -> verdict;
      case Outcome.Timeout t -> verdict;
      case Outcome.Error e -> verdict;
      case Outcome.Excluded x -> verdict;
      case Outcome.Skipped s -> verdict;
      case Outcome.Known k -> verdict;
    };
  }

  /** The JSON {@code message}: reason phrase for HTTP answers, else what the outcome says. */
  static String message(CheckResult result) {
    return message(result.url(), result.outcome());
  }

  private static String verdict(String url, Outcome outcome) {
    return switch (outcome) {
      case Outcome.Ok o ->
          (o.code() == null ? "ok" : o.code() + " " + HttpStatusText.of(o.code())) + notes(o);
      case Outcome.Redirected r ->
          r.code() + " " + HttpStatusText.of(r.code()) + " after " + hops(r.hops().size());
      case Outcome.Broken b ->
          switch (b.cause()) {
            case Outcome.Status s -> s.code() + " " + cause(url, s);
            case Outcome.MissingFile f -> cause(url, f);
            case Outcome.MissingRoute r -> cause(url, r);
            case Outcome.NotAFolder n -> cause(url, n);
            // The page answered 200: the status would only confuse.
            case Outcome.MissingFragment f -> cause(url, f);
            case Outcome.MissingLine l -> cause(url, l);
          };
      case Outcome.Blocked b -> "blocked: " + blocked(b);
      case Outcome.Timeout t -> "timeout after " + Seconds.format(t.after());
      case Outcome.Error e -> "error: " + e.message();
      case Outcome.Excluded x -> "excluded";
      case Outcome.Skipped s -> "skipped: " + reason(url, s.reason());
      case Outcome.Known k -> "known: " + verdict(url, k.failure());
    };
  }

  /**
   * {@code " (accepted)"} for a status outside 2xx that only {@code --accept} (or a host rule) let
   * pass, so {@code 403 Forbidden} does not read as a failure, and the outcome's note; or nothing.
   */
  private static String notes(Outcome.Ok o) {
    boolean accepted = o.code() != null && (o.code() < 200 || o.code() > 299);
    if (!accepted && o.note() == null) {
      return "";
    }
    return " ("
        + (accepted ? "accepted" : "")
        + (accepted && o.note() != null ? "; " : "")
        + (o.note() == null ? "" : o.note())
        + ")";
  }

  private static String message(String url, Outcome outcome) {
    return switch (outcome) {
      case Outcome.Ok o ->
          o.note() != null
              ? o.note()
              : o.code() == null ? "file exists" : HttpStatusText.of(o.code());
      case Outcome.Redirected r -> HttpStatusText.of(r.code());
      case Outcome.Broken b -> cause(url, b.cause());
      case Outcome.Blocked b -> blocked(b);
      case Outcome.Timeout t -> "timeout after " + Seconds.format(t.after());
      case Outcome.Error e -> e.message();
      case Outcome.Excluded x -> x.message();
      case Outcome.Skipped s -> reason(url, s.reason());
      case Outcome.Known k -> message(url, k.failure());
    };
  }

  /** Which wall answered and what it asks, e.g. {@code Cloudflare challenge: a browser ...}. */
  private static String blocked(Outcome.Blocked b) {
    return BlockedText.of(b.protection().displayName(), b.barrier(), b.code());
  }

  /** What the user can do about a result, in words; null when it carries no hint. */
  static String hint(CheckResult result) {
    return result.hint() == null ? null : HintText.of(result.hint());
  }

  /** Why the target at {@code url} is broken, in words. */
  private static String cause(String url, Outcome.Cause cause) {
    return switch (cause) {
      case Outcome.Status s -> HttpStatusText.of(s.code());
      case Outcome.MissingFile f -> "file not found";
      case Outcome.MissingRoute r ->
          "file not found (" + r.site() + " route, tried " + String.join(", ", r.tried()) + ")";
      case Outcome.NotAFolder n ->
          "not a folder: " + (url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
      case Outcome.MissingFragment f ->
          "fragment #"
              + f.fragment()
              + " not found in "
              + url
              + (f.suggestion() == null ? "" : " (did you mean #" + f.suggestion() + "?)");
      case Outcome.MissingLine l ->
          "fragment #"
              + l.fragment()
              + " not found in "
              + url
              + " (the file has "
              + l.lineCount()
              + (l.lineCount() == 1 ? " line)" : " lines)");
    };
  }

  /** Why the link to {@code url} was not checked, in words. */
  private static String reason(String url, SkipReason reason) {
    return switch (reason) {
      case SkipReason.EmptyLink e -> "empty link";
      case SkipReason.Scheme s -> "scheme not checked: " + s.name();
      case SkipReason.SamePageLink s -> "same-page link";
      case SkipReason.SamePageFragment s ->
          s.standardInput() ? "same-page fragment of standard input" : "same-page fragment";
      case SkipReason.NeedsRootDir r -> "root-relative link needs --root-dir";
      case SkipReason.Offline o -> "offline: remote link not checked";
      case SkipReason.TemplateExpression t ->
          "template expression, not a link until the site is built";
      case SkipReason.LeavesSite l ->
          "leaves the " + l.site() + " site, whose URL its config does not name";
      case SkipReason.Unmodelled u -> u.route() + ", not modelled by linkcheck";
      case SkipReason.UnreadableFile f ->
          "fragment #" + f.fragment() + " not checked: cannot read " + url;
      case SkipReason.ResourceHint h ->
          "resource hint (rel=" + h.rel() + "): an origin for the browser, not a page";
      case SkipReason.PageTooLarge p ->
          "fragment #"
              + p.fragment()
              + " not checked: page larger than --max-body-bytes ("
              + p.maxBodyBytes()
              + " bytes)";
      case SkipReason.NoRawSource r ->
          "fragment #"
              + r.fragment()
              + " not checked: its source "
              + r.source()
              + (r.code() == null ? " could not be fetched" : " answered " + r.code());
    };
  }

  /** The nearest anchor to a missing fragment, or null for any other outcome. */
  static String suggestion(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Broken b ->
          switch (b.cause()) {
            case Outcome.MissingFragment f -> f.suggestion();
            case Outcome.Status s -> null;
            case Outcome.MissingFile f -> null;
            case Outcome.MissingRoute r -> null;
            case Outcome.NotAFolder n -> null;
            case Outcome.MissingLine l -> null;
          };
      case Outcome.Known k -> suggestion(k.failure());
      case Outcome.Blocked b -> null;
      case Outcome.Ok o -> null;
      case Outcome.Redirected r -> null;
      case Outcome.Timeout t -> null;
      case Outcome.Error e -> null;
      case Outcome.Excluded x -> null;
      case Outcome.Skipped s -> null;
    };
  }

  /** The final HTTP status, or null when there was no HTTP answer. */
  static Integer code(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Ok o -> o.code();
      case Outcome.Redirected r -> r.code();
      case Outcome.Broken b -> b.code();
      case Outcome.Blocked b -> b.code();
      case Outcome.Timeout t -> null;
      case Outcome.Error e -> null;
      case Outcome.Excluded x -> null;
      case Outcome.Skipped s -> null;
      case Outcome.Known k -> code(k.failure());
    };
  }

  /** Where the last redirect led, or null without redirects. */
  static String finalUrl(Outcome outcome) {
    return outcome.hops().isEmpty() ? null : outcome.hops().getLast();
  }

  private static String hops(int n) {
    return n == 1 ? "1 redirect" : n + " redirects";
  }
}
