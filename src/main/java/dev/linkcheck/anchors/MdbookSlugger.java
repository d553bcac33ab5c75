package dev.linkcheck.anchors;

import java.util.HashMap;
import java.util.Map;

/**
 * mdBook's heading ids ({@code normalize_id}): alphanumeric characters, {@code _} and {@code -}
 * kept (only ASCII letters lower-cased), whitespace turned into {@code -}, everything else dropped;
 * a repeated id gets {@code -1}, {@code -2}, ... by a counter per id ({@code
 * unique_id_from_content}). Not thread-safe: one instance per document.
 */
final class MdbookSlugger implements HeadingSlugger {

  private final Map<String, Integer> counts = new HashMap<>();

  @Override
  public String slug(String text) {
    String id = slugOf(text.strip().replaceFirst("^#+", "").strip());
    int n = counts.merge(id, 1, Integer::sum) - 1;
    return n == 0 ? id : id + "-" + n;
  }

  @Override
  public void reserve(String id) {
    counts.putIfAbsent(id, 1);
  }

  static String slugOf(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.isLetterOrDigit(cp) || cp == '_' || cp == '-') {
                b.appendCodePoint(cp < 128 ? Character.toLowerCase(cp) : cp);
              } else if (Character.isWhitespace(cp)) {
                b.append('-');
              }
            });
    return b.toString();
  }
}
