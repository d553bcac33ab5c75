package dev.linkcheck.model;

/**
 * The outcome for one unique target, with the time spent deciding it. For a link with a {@code
 * #fragment}, {@code url} is still the page's key, {@code fragment} the fragment as written
 * (without {@code #}) and {@code suggestion} the nearest existing anchor when the fragment is
 * missing; both are null otherwise. Immutable.
 */
public record CheckResult(
    String url, Outcome outcome, long durationMs, String fragment, String suggestion) {

  /** A result for a whole page or URL, without a fragment. */
  public CheckResult(String url, Outcome outcome, long durationMs) {
    this(url, outcome, durationMs, null, null);
  }

  /**
   * What tells results apart: the page's key, and for a fragment result the fragment after a NUL,
   * which no link can contain, so a page key never collides with a page and fragment.
   */
  public static String identity(String url, String fragment) {
    return fragment == null ? url : url + '\0' + fragment;
  }

  /** {@link #identity(String, String)} of this result. */
  public String identity() {
    return identity(url, fragment);
  }

  /** The URL as people read it: {@code url#fragment} for a fragment result. */
  public String displayUrl() {
    return fragment == null ? url : url + "#" + fragment;
  }
}
