package dev.linkcheck.check;

import java.util.Locale;

/**
 * A request header from {@code --header}. When {@code host} is non-null the header is sent only to
 * that host (and its subdomains); in either case never across a redirect to another host.
 * Immutable.
 */
public record Header(String host, String name, String value) {

  /**
   * Parses {@code 'Name: value'} or the host-scoped form {@code 'example.com: Name: value'}.
   *
   * @throws IllegalArgumentException when there is no {@code :} or the name is empty
   */
  public static Header parse(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("expected 'Name: value', got '" + text + "'");
    }
    String first = text.substring(0, colon).strip();
    String rest = text.substring(colon + 1).strip();
    int second = rest.indexOf(':');
    // A dot in the first part marks a host scope: header names never contain dots.
    if (first.contains(".") && second > 0) {
      return new Header(
          first.toLowerCase(Locale.ROOT),
          rest.substring(0, second).strip(),
          rest.substring(second + 1).strip());
    }
    if (first.isEmpty() || first.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("bad header name in '" + text + "'");
    }
    return new Header(null, first, rest);
  }

  /** True when this header may be sent to {@code requestHost}. */
  public boolean appliesTo(String requestHost) {
    if (host == null) {
      return true;
    }
    String h = requestHost.toLowerCase(Locale.ROOT);
    return h.equals(host) || h.endsWith("." + host);
  }

  /**
   * True when this header may go to {@code requestHost} on the way to a link that names {@code
   * linkHost}: a scoped header only to its host, an unscoped one only to the link's own host, so a
   * redirect to another host never carries a header value (as curl drops credentials).
   */
  public boolean appliesTo(String requestHost, String linkHost) {
    return host == null ? requestHost.equalsIgnoreCase(linkHost) : appliesTo(requestHost);
  }

  /** Never prints the value: header values are often secrets. */
  @Override
  public String toString() {
    return (host == null ? "" : host + ": ") + name + ": ***";
  }
}
