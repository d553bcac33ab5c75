package dev.linkcheck.check;

import dev.linkcheck.model.UrlNormalizer;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a {@code #fragment} (as written, without {@code #}) names an anchor of a page: an anchor
 * equal to it as written or percent-decoded, or one of the fragments no page needs an anchor for
 * (see {@link #withoutAnchors}). Stateless.
 */
final class FragmentMatch {

  private FragmentMatch() {}

  /**
   * True when {@code fragment} is accepted whatever the page holds: {@code #top}, a text fragment
   * ({@code #:~:text=…}, which browsers scroll to by text), a client-side route ({@code #/…},
   * {@code #!…}), and on Markdown files a line anchor.
   */
  static boolean withoutAnchors(String fragment, boolean markdown) {
    return fragment.equals("top")
        || fragment.startsWith(":~:")
        || fragment.startsWith("/")
        || fragment.startsWith("!")
        || (markdown && GithubLinks.lines(fragment).isPresent());
  }

  /** True when {@code fragment} names one of {@code anchors}. */
  static boolean in(String fragment, Set<String> anchors) {
    return anchors.contains(fragment) || anchors.contains(UrlNormalizer.percentDecode(fragment));
  }

  static boolean found(String fragment, Set<String> anchors, boolean markdown) {
    return withoutAnchors(fragment, markdown) || in(fragment, anchors);
  }

  /** The nearest anchor to the decoded fragment, if close enough to suggest. */
  static Optional<String> suggest(String fragment, Set<String> anchors) {
    return Suggestion.nearest(UrlNormalizer.percentDecode(fragment), anchors);
  }
}
