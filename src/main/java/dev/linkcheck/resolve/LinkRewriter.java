package dev.linkcheck.resolve;

import dev.linkcheck.model.Link;
import java.net.URI;
import java.util.List;

/**
 * Rewrites written links before they are resolved: the first matching {@code --remap} rule, and
 * root-relative links ({@code /a/b}) against {@code --base-url} when set. Immutable, thread-safe.
 */
public final class LinkRewriter {

  private final List<Remap> remaps;
  private final URI baseUrl;

  /** {@code baseUrl} may be null. */
  public LinkRewriter(List<Remap> remaps, URI baseUrl) {
    this.remaps = List.copyOf(remaps);
    this.baseUrl = baseUrl;
  }

  /** True when this rewriter changes nothing, so callers can skip it. */
  public boolean isIdentity() {
    return remaps.isEmpty() && baseUrl == null;
  }

  /** The link with its URL rewritten, or the same link when no rule applies. */
  public Link rewrite(Link link) {
    String url = link.url();
    String rewritten = url;
    if (baseUrl != null && url.startsWith("/") && !url.startsWith("//")) {
      try {
        rewritten = baseUrl.resolve(url).toString();
      } catch (IllegalArgumentException e) {
        // Not a valid URI reference: left as written, the resolver reports it as malformed.
      }
    }
    for (Remap remap : remaps) {
      String mapped = remap.apply(rewritten);
      if (mapped != null) {
        rewritten = mapped;
        break;
      }
    }
    return rewritten.equals(url) ? link : new Link(rewritten, link.location(), link.skip());
  }
}
