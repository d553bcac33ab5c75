package dev.linkcheck.model;

/**
 * The outcome for one unique target, with the time spent deciding it. For a link with a {@code
 * #fragment}, {@code url} is still the page's key and {@code fragment} the fragment as written
 * (without {@code #}); null otherwise. A missing fragment's suggestion travels in its {@link
 * Outcome.MissingFragment} cause. Immutable.
 */
public record CheckResult(String url, Outcome outcome, long durationMs, String fragment) {

  /** A result for a whole page or URL, without a fragment. */
  public CheckResult(String url, Outcome outcome, long durationMs) {
    this(url, outcome, durationMs, null);
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
