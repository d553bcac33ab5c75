package dev.linkcheck.model;

/**
 * One written occurrence of a link: its destination exactly as written (after Markdown unescaping
 * and, in HTML, against a {@code <base href>}; never resolved further) and where it is written;
 * {@code skip} says why it is not to be checked (a resource hint such as {@code <link
 * rel=preconnect>} names an origin, not a page), null when it is. Immutable.
 */
public record Link(String url, Location location, SkipReason skip) {

  /** A link to check. */
  public Link(String url, Location location) {
    this(url, location, null);
  }
}
