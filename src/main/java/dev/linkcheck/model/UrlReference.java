package dev.linkcheck.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Resolves a link as written against a base URL or path (an HTML {@code <base href>}, the URL of a
 * fetched page) as RFC 3986 and browsers do, tolerating characters {@link URI} refuses. Stateless.
 */
public final class UrlReference {

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private UrlReference() {}

  /** True when {@code reference} has a scheme ({@code https:}, {@code mailto:}, ...). */
  public static boolean hasScheme(String reference) {
    return SCHEME.matcher(reference).find();
  }

  /**
   * {@code reference} resolved against {@code base}, which may itself be relative ({@code docs/});
   * {@code reference} unchanged when it has a scheme or either cannot be parsed.
   */
  public static String resolve(String base, String reference) {
    if (hasScheme(reference)) {
      return reference;
    }
    try {
      URI b = parse(base);
      if (b.getRawAuthority() != null && b.getRawPath().isEmpty()) {
        // java.net.URI would glue a relative path to the host: https://a + b → https://ab
        b = parse(b.getScheme() + "://" + b.getRawAuthority() + "/");
      }
      if (reference.isEmpty()) {
        // RFC 3986 5.2.2: an empty reference is the base without its fragment (URI gets it wrong).
        String s = b.toString();
        int hash = s.indexOf('#');
        return hash < 0 ? s : s.substring(0, hash);
      }
      return b.resolve(parse(reference)).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return reference;
    }
  }

  private static URI parse(String s) throws URISyntaxException {
    try {
      return new URI(s);
    } catch (URISyntaxException e) {
      int hash = s.indexOf('#');
      String main = hash < 0 ? s : s.substring(0, hash);
      String fragment = hash < 0 ? "" : "#" + UrlNormalizer.encode(s.substring(hash + 1));
      return new URI(UrlNormalizer.encode(main) + fragment);
    }
  }
}
