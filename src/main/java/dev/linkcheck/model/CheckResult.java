package dev.linkcheck.model;

/**
 * The outcome for one unique target, with the time spent deciding it. For a link with a {@code
 * #fragment}, {@code url} is still the page's key and {@code fragment} the fragment as written
 * (without {@code #}); null otherwise. A missing fragment's suggestion travels in its {@link
 * Outcome.MissingFragment} cause; {@code hint} (nullable) says what a user can do about a failing
 * or blocked result; {@code cached} marks a verdict taken from {@code --cache}. Immutable.
 */
public record CheckResult(
    String url, Outcome outcome, long durationMs, String fragment, Hint hint, boolean cached) {

  /** A result decided in this run, without a hint. */
  public CheckResult(String url, Outcome outcome, long durationMs, String fragment) {
    this(url, outcome, durationMs, fragment, null, false);
  }

  /** A result for a whole page or URL, without a fragment. */
  public CheckResult(String url, Outcome outcome, long durationMs) {
    this(url, outcome, durationMs, null);
  }

  /** This result with {@code hint} (null for none). */
  public CheckResult withHint(Hint hint) {
    return new CheckResult(url, outcome, durationMs, fragment, hint, cached);
  }

  /** This result with {@code outcome} in place of its own; the rest stays. */
  public CheckResult withOutcome(Outcome outcome) {
    return new CheckResult(url, outcome, durationMs, fragment, hint, cached);
  }

  /** This result as taken from the cache. */
  public CheckResult asCached() {
    return new CheckResult(url, outcome, durationMs, fragment, hint, true);
  }

  /** What tells this result apart from the others of a run. */
  public ResultKey key() {
    return new ResultKey(url, fragment);
  }

  /** The URL as people read it: {@code url#fragment} for a fragment result. */
  public String displayUrl() {
    return fragment == null ? url : url + "#" + fragment;
  }
}
